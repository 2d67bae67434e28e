import { afterEach, describe, expect, it, vi } from "vitest";
import {
  awaitAnswer,
  eventOfChange,
  isAnswerAwaited,
  isTicketEventShown,
  releaseWhenAnswerShown,
  showTicketEvents,
} from "./shown-events";

afterEach(() => showTicketEvents([]));

describe("a live change", () => {
  it("names a ticket event only when its data says one", () => {
    expect(eventOfChange('{"event":"e2"}')).toBe("e2");
    // A notification, a change of no event, or anything not understood names none: the page reloads.
    for (const data of ["{}", "", "not json", '{"event":7}', '{"event":""}', undefined])
      expect(eventOfChange(data)).toBeNull();
  });
});

describe("the events a page shows", () => {
  it("are those it said last, and none once it is left", () => {
    showTicketEvents(["e1", "e2"]);
    expect(isTicketEventShown("e2")).toBe(true);
    expect(isTicketEventShown("e3")).toBe(false);
    showTicketEvents([]);
    expect(isTicketEventShown("e1")).toBe(false);
  });
});

describe("an answer awaited", () => {
  it("counts while any step sent from the page waits, each released once however often", () => {
    expect(isAnswerAwaited()).toBe(false);
    const first = awaitAnswer();
    const second = awaitAnswer();
    first();
    first();
    expect(isAnswerAwaited()).toBe(true);
    second();
    expect(isAnswerAwaited()).toBe(false);
  });
});

describe("an answer received", () => {
  afterEach(() => vi.useRealTimers());

  it("is awaited until the page shows its events, however long its render takes", () => {
    vi.useFakeTimers();
    releaseWhenAnswerShown(awaitAnswer(), 3_000);
    vi.advanceTimersByTime(2_000);
    expect(isAnswerAwaited()).toBe(true);
    showTicketEvents(["e1"]);
    expect(isAnswerAwaited()).toBe(false);
  });

  it("is no longer awaited after the longest wait when it shows no events", () => {
    vi.useFakeTimers();
    releaseWhenAnswerShown(awaitAnswer(), 3_000);
    vi.advanceTimersByTime(2_999);
    expect(isAnswerAwaited()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(isAnswerAwaited()).toBe(false);
  });
});

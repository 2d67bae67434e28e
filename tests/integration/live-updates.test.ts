import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { listenLive, type LiveListener } from "@/lib/db/live-channel";
import { closeLiveStreams } from "@/lib/live/hub";
import { parseLiveMessage, ticketTopic, type LiveMessage } from "@/lib/live/message";
import { liveEventStream } from "@/lib/live/stream";
import { topicsUserMayFollow } from "@/lib/live/topics";
import { notify } from "@/lib/notifications/notify";
import { addComment, createTicket } from "@/lib/tickets/commands";
import { loadDemo, sessionUserOf } from "../support/demo";

let liaison1: SessionUser;
let liaison2: SessionUser;
let officer1: SessionUser;
let officer2: SessionUser;
let pdOfficer: SessionUser;
let listener: LiveListener;
const heard: LiveMessage[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until a message matching `match` has been heard, and returns it. */
async function hear(match: (message: LiveMessage) => boolean): Promise<LiveMessage> {
  for (let waited = 0; waited < 10_000; waited += 25) {
    const found = heard.find(match);
    if (found) return found;
    await sleep(25);
  }
  throw new Error("the message was never heard");
}

const forUser = (userId: string) => (m: LiveMessage) => "users" in m && m.users.includes(userId);

async function fileTicket(title: string) {
  return createTicket(liaison1, {
    category: "SECURITY_HAZARD",
    priority: "NORMAL",
    title,
    description: "东侧围墙有一段倒塌，夜间有人翻越。",
    location: "东侧围墙",
  });
}

beforeAll(async () => {
  await loadDemo();
  liaison1 = await sessionUserOf("liaison1");
  liaison2 = await sessionUserOf("liaison2");
  officer1 = await sessionUserOf("officer1");
  officer2 = await sessionUserOf("officer2");
  pdOfficer = await sessionUserOf("pd-officer");
  listener = await listenLive({ message: (payload) => heard.push(parseLiveMessage(payload)!), resync: () => {} });
});

afterAll(async () => {
  await closeLiveStreams();
  await listener.close();
});

describe("the live channel", () => {
  it("carries a notification's recipients once its transaction commits, and nothing of one rolled back", async () => {
    await getDb()
      .$transaction(async (tx) => {
        await notify(tx, [liaison2.id], { kind: "welcome", params: {}, link: "/" });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await getDb().$transaction((tx) => notify(tx, [officer2.id], { kind: "welcome", params: {}, link: "/" }));
    await hear(forUser(officer2.id));
    expect(heard.some(forUser(liaison2.id))).toBe(false);
  });

  it("names the ticket of every ticket event, and says when it is police-only", async () => {
    const { id } = await fileTicket("东侧围墙倒塌");
    const topic = ticketTopic(id);
    await hear((m) => "topic" in m && m.topic === topic);
    await hear(forUser(officer1.id));

    await addComment(officer1, { ticketId: id, body: "已安排民警核查。" }, true);
    await hear((m) => "topic" in m && m.topic === topic && m.visibility === "INTERNAL");
  });
});

describe("following a ticket", () => {
  it("is allowed to those who may see the ticket, and silently refused to everyone else", async () => {
    const { id } = await fileTicket("仓库消防通道堵塞");
    const topic = ticketTopic(id);
    expect(await topicsUserMayFollow(liaison1, [topic])).toEqual([topic]);
    expect(await topicsUserMayFollow(officer1, [topic, "ticket:doesnotexist1"])).toEqual([topic]);
    for (const outsider of [liaison2, officer2, pdOfficer]) {
      expect(await topicsUserMayFollow(outsider, [topic])).toEqual([]);
    }
    expect(await topicsUserMayFollow(officer1, ["hazard:abc", "../etc"])).toEqual([]);
  });
});

describe("an open event stream", () => {
  const decoder = new TextDecoder();

  type Reader = ReadableStreamDefaultReader<Uint8Array>;
  // A read that lost a race against a deadline is still pending: the next wait takes it over, so
  // that the chunk it brings is not lost.
  const pending = new WeakMap<Reader, Promise<ReadableStreamReadResult<Uint8Array>>>();
  async function readWithin(reader: Reader, ms: number) {
    let read = pending.get(reader);
    if (!read) pending.set(reader, (read = reader.read()));
    const next = await Promise.race([read, sleep(ms).then(() => null)]);
    if (next) pending.delete(reader);
    return next;
  }

  /** What the stream says within `ms`. */
  async function within(reader: Reader, ms: number): Promise<string> {
    let text = "";
    const deadline = Date.now() + ms;
    for (;;) {
      const next = await readWithin(reader, Math.max(0, deadline - Date.now()));
      if (!next || next.done) return text;
      text += decoder.decode(next.value);
    }
  }

  async function until(reader: Reader, expected: string): Promise<string> {
    let text = "";
    while (!text.includes(expected)) {
      const next = await readWithin(reader, 10_000);
      if (!next || next.done) throw new Error(`the stream ended or stalled before "${expected}": ${text}`);
      text += decoder.decode(next.value);
    }
    return text;
  }

  async function ended(reader: Reader): Promise<boolean> {
    for (;;) {
      const next = await readWithin(reader, 5_000);
      if (!next) return false;
      if (next.done) return true;
    }
  }

  it("says ready, then tells of public changes to the ticket followed and never of police-only ones", async () => {
    const { id } = await fileTicket("厂区路灯损坏");
    const abort = new AbortController();
    const liaisonStream = liveEventStream(liaison1, [ticketTopic(id)], abort.signal);
    expect(liaisonStream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = liaisonStream.body!.getReader();
    expect(await until(reader, "event: ready")).toContain("retry:");

    await addComment(officer1, { ticketId: id, body: "内部：联系物业。" }, true);
    await hear((m) => "topic" in m && m.topic === ticketTopic(id) && m.visibility === "INTERNAL");
    expect(await within(reader, 500)).not.toContain("event: change");

    // The change names the event written, so that the page its author is on need not reload for it.
    const { eventId } = await addComment(officer1, { ticketId: id, body: "已联系物业维修路灯。" });
    await until(reader, `event: change\ndata: {"event":"${eventId}"}`);

    abort.abort();
    expect(await ended(reader)).toBe(true);
  });

  it("tells a user of a notification addressed to them, and ends when the server drains", async () => {
    const reader = liveEventStream(officer2, [], new AbortController().signal).body!.getReader();
    await until(reader, "event: ready");
    await getDb().$transaction((tx) => notify(tx, [officer2.id], { kind: "welcome", params: {}, link: "/" }));
    await until(reader, "event: change");
    await closeLiveStreams();
    expect(await ended(reader)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./live-reconnect";

describe("reconnecting the live stream", () => {
  it("waits twice as long after each failure in a row, up to half a minute", () => {
    const most = (n: number) => reconnectDelay(n, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(most)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it("shortens each wait at random by up to half, so that browsers do not return together", () => {
    expect(reconnectDelay(3, () => 0)).toBe(2000);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
  });
});

import { describe, expect, it } from "vitest";
import { followersOf, type Follower } from "./followers";
import { changeDataOf, parseLiveMessage, ticketOfTopic, usersMessages, USERS_PER_MESSAGE } from "./message";

const follower = (userId: string, topics: string[] = [], seesInternal = true): Follower & { told: string[] } => {
  const told: string[] = [];
  return { userId, topics: new Set(topics), seesInternal, told, tell: (event) => told.push(event), end: () => {} };
};

describe("live messages", () => {
  it("split a long list of users so that each stays under pg_notify's 8000 bytes", () => {
    const users = Array.from({ length: USERS_PER_MESSAGE * 2 + 7 }, (_, i) => `c${String(i).padStart(24, "x")}`);
    const payloads = usersMessages(users);
    expect(payloads).toHaveLength(3);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(payloads.flatMap((p) => (parseLiveMessage(p) as { users: string[] }).users)).toEqual(users);
  });

  it("ignore what is not one of their two shapes", () => {
    expect(parseLiveMessage("not json")).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ users: [] }))).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ topic: "ticket:abc12345", visibility: "SECRET" }))).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ topic: "ticket:abc12345" }))).toEqual({
      topic: "ticket:abc12345",
      visibility: "PUBLIC",
    });
  });

  it("tell a stream the ticket event written, and nothing for a notification", () => {
    const topic = parseLiveMessage('{"topic":"ticket:abcdefgh","visibility":"PUBLIC","event":"ev123456"}')!;
    expect(changeDataOf(topic)).toEqual({ event: "ev123456" });
    expect(changeDataOf(parseLiveMessage('{"topic":"ticket:abcdefgh"}')!)).toEqual({});
    expect(changeDataOf(parseLiveMessage('{"users":["u1"]}')!)).toEqual({});
  });

  it("name a ticket only by a well-formed topic", () => {
    expect(ticketOfTopic("ticket:cm3x1k2abc")).toBe("cm3x1k2abc");
    expect(ticketOfTopic("ticket:../../x")).toBeNull();
    expect(ticketOfTopic("hazard:cm3x1k2abc")).toBeNull();
  });
});

describe("who hears of a message", () => {
  it("a message for users reaches those users only, on every stream they have open", () => {
    const a1 = follower("a");
    const a2 = follower("a", ["ticket:t1234567"]);
    const b = follower("b", ["ticket:t1234567"]);
    expect(followersOf([a1, a2, b], { users: ["a", "z"] })).toEqual([a1, a2]);
  });

  it("a topic reaches its followers, and a police-only change none who may not see it", () => {
    const officer = follower("o", ["ticket:t1234567"]);
    const liaison = follower("l", ["ticket:t1234567"], false);
    const elsewhere = follower("x", ["ticket:t7654321"]);
    const everyone = [officer, liaison, elsewhere];
    expect(followersOf(everyone, { topic: "ticket:t1234567", visibility: "PUBLIC" })).toEqual([officer, liaison]);
    expect(followersOf(everyone, { topic: "ticket:t1234567", visibility: "INTERNAL" })).toEqual([officer]);
  });
});

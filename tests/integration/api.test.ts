// The public API's door: tokens (issue, refresh with rotation, copy detection, revocation), the
// ticket journey of a mobile client with a photo, one error shape in the reader's language,
// Idempotency-Key and the per-token rate limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setClock } from "@/lib/time/clock";
import { revokeAllApiSessions } from "@/lib/api/tokens";
import { bearerUser } from "@/lib/api/door";
import { apiHousekeeping } from "@/lib/api/housekeeping";
import { canFollowLiveUpdates } from "@/lib/live/policy";
import { api, tokenRequest } from "../support/api";
import { loadDemo } from "../support/demo";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

const NOW = "2026-11-10T10:00:00+08:00";
let restoreClock: () => void;
beforeAll(async () => {
  restoreClock = setClock(NOW);
  await loadDemo();
});
afterAll(() => restoreClock());

const signIn = async (username: string, client = "test phone") => {
  const answer = await tokenRequest({ grantType: "password", username, password: "demo1234", client });
  expect(answer.status).toBe(200);
  return answer.body as { accessToken: string; refreshToken: string };
};

describe("API tokens", () => {
  it("signs in with a password and refuses a wrong one in the reader's language", async () => {
    const pair = await signIn("liaison1");
    expect(pair.accessToken).toMatch(/^jqt_at_/);
    const me = await api("GET", "/me", { token: pair.accessToken });
    expect(me.body).toMatchObject({ username: "liaison1", role: "LIAISON" });

    const wrong = await tokenRequest(
      { grantType: "password", username: "liaison1", password: "nope" },
      { "accept-language": "en" },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: "credentialsInvalid", message: "The username or password is wrong." });
    const zh = await tokenRequest({ grantType: "password", username: "liaison1", password: "nope" });
    expect(zh.body.error.message).toBe("用户名或密码错误。");
  });

  it("stores only hashes of the tokens", async () => {
    const pair = await signIn("liaison1");
    const rows = await getDb().apiSession.findMany({ select: { accessHash: true, refreshHash: true } });
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(pair.accessToken);
    expect(stored).not.toContain(pair.refreshToken);
  });

  it("rotates the refresh token and ends the session when an old one comes back", async () => {
    const first = await signIn("officer1");
    const second = await tokenRequest({ grantType: "refresh_token", refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await api("GET", "/me", { token: first.accessToken })).status).toBe(401);
    expect((await api("GET", "/me", { token: second.body.accessToken })).status).toBe(200);

    // The first refresh token again: a copy is in someone's hands, so the whole session ends.
    const replay = await tokenRequest({ grantType: "refresh_token", refreshToken: first.refreshToken });
    expect(replay.body.error.code).toBe("refreshInvalid");
    expect((await api("GET", "/me", { token: second.body.accessToken })).status).toBe(401);
    expect((await tokenRequest({ grantType: "refresh_token", refreshToken: second.body.refreshToken })).status).toBe(
      401,
    );
  });

  it("refuses a revoked token at its next request", async () => {
    const pair = await signIn("liaison2");
    expect((await api("GET", "/tickets", { token: pair.accessToken })).status).toBe(200);
    const user = await getDb().user.findUniqueOrThrow({ where: { username: "liaison2" } });
    expect(await revokeAllApiSessions(getDb(), user.id, user.id)).toBeGreaterThan(0);
    const refused = await api("GET", "/tickets", { token: pair.accessToken });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("tokenInvalid");
    expect((await tokenRequest({ grantType: "refresh_token", refreshToken: pair.refreshToken })).status).toBe(401);
  });

  it("signs the client out", async () => {
    const pair = await signIn("liaison1");
    expect((await api("POST", "/auth/revoke", { token: pair.accessToken })).body).toEqual({ revoked: true });
    expect((await api("GET", "/me", { token: pair.accessToken })).status).toBe(401);
  });

  it("ends API sessions when the account is disabled", async () => {
    const pair = await signIn("officer2");
    await getDb().user.update({ where: { username: "officer2" }, data: { tokenVersion: { increment: 1 } } });
    expect((await api("GET", "/me", { token: pair.accessToken })).status).toBe(401);
    await getDb().user.update({ where: { username: "officer2" }, data: { tokenVersion: { decrement: 1 } } });
  });

  it("answers 401 without a token and 404 for an unknown endpoint", async () => {
    const bare = await api("GET", "/tickets");
    expect(bare.status).toBe(401);
    expect(bare.headers.get("www-authenticate")).toBe("Bearer");
    expect((await api("GET", "/nothing-here")).status).toBe(404);
    const wrongMethod = await api("DELETE", "/tickets");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
  });
});

describe("the live stream's token check", () => {
  it("admits a token's user under the live updates policy and refuses a missing or revoked token", async () => {
    const pair = await signIn("officer1");
    const request = (token?: string) =>
      new Request("http://portal.test/api/v1/events", { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const user = await bearerUser(request(pair.accessToken), getDb(), canFollowLiveUpdates);
    expect(user).toMatchObject({ username: "officer1" });
    const refusedByPolicy = await bearerUser(request(pair.accessToken), getDb(), () => false);
    expect(refusedByPolicy instanceof Response && refusedByPolicy.status).toBe(403);
    const missing = await bearerUser(request(), getDb(), canFollowLiveUpdates);
    expect(missing instanceof Response && missing.status).toBe(401);
    await api("POST", "/auth/revoke", { token: pair.accessToken });
    const revoked = await bearerUser(request(pair.accessToken), getDb(), canFollowLiveUpdates);
    expect(revoked instanceof Response && revoked.status).toBe(401);
  });
});

describe("a ticket through the API", () => {
  it("is filed with a photo, accepted, commented, worked, resolved and confirmed, with field errors on bad input", async () => {
    const liaison = await signIn("liaison1");
    const officer = await signIn("officer1");

    const bad = await api("POST", "/tickets", {
      token: liaison.accessToken,
      json: { category: "NOPE", title: "x" },
      headers: { "accept-language": "en" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("invalidInput");
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["category", "description", "priority", "title"]);

    const form = new FormData();
    form.set("category", "SECURITY_HAZARD");
    form.set("priority", "NORMAL");
    form.set("title", "后门门禁失灵");
    form.set("description", "夜间后门门禁无法锁闭，请派员查看。");
    form.append("attachments", new File([PNG], "door.png", { type: "image/png" }));
    const filed = await api("POST", "/tickets", { token: liaison.accessToken, form });
    expect(filed.body.error ?? null).toBeNull();
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: "SUBMITTED",
      attachments: [{ fileName: "door.png", mimeType: "image/png" }],
    });
    const id = filed.body.id as string;

    const queue = await api("GET", "/tickets?status=SUBMITTED", { token: officer.accessToken });
    expect(queue.body.items.map((t: { id: string }) => t.id)).toContain(id);

    const accepted = await api("POST", `/tickets/${id}/accept`, {
      token: officer.accessToken,
      json: { version: filed.body.version },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("ACCEPTED");

    const stale = await api("POST", `/tickets/${id}/accept`, {
      token: officer.accessToken,
      json: { version: filed.body.version },
    });
    expect(stale.status).toBe(409);

    const comment = await api("POST", `/tickets/${id}/comments`, {
      token: liaison.accessToken,
      json: { body: "今晚十点前有人值守。" },
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ kind: "COMMENT", internal: false });

    const started = await api("POST", `/tickets/${id}/start`, {
      token: officer.accessToken,
      json: { version: accepted.body.version },
    });
    expect(started.body.status).toBe("IN_PROGRESS");
    const resolved = await api("POST", `/tickets/${id}/resolve`, {
      token: officer.accessToken,
      json: { version: started.body.version, summary: "已更换门禁锁。" },
    });
    expect(resolved.body.status).toBe("RESOLVED");
    const confirmed = await api("POST", `/tickets/${id}/confirm`, {
      token: liaison.accessToken,
      json: { version: resolved.body.version, rating: 5, comment: "处理及时。" },
    });
    expect(confirmed.body).toMatchObject({ status: "CLOSED", rating: 5 });

    const outsider = await signIn("liaison2");
    expect((await api("GET", `/tickets/${id}`, { token: outsider.accessToken })).status).toBe(404);
  });
});

describe("Idempotency-Key", () => {
  it("files once for a retried POST and replays the first answer", async () => {
    const liaison = await signIn("liaison1");
    const before = await getDb().ticket.count();
    const body = { category: "OTHER", priority: "LOW", title: "重试测试", description: "网络不好时同一请求发了两次。" };
    const headers = { "idempotency-key": "retry-7f3a" };
    const first = await api("POST", "/tickets", { token: liaison.accessToken, json: body, headers });
    const again = await api("POST", "/tickets", { token: liaison.accessToken, json: body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await getDb().ticket.count()).toBe(before + 1);

    const otherBody = await api("POST", "/tickets", {
      token: liaison.accessToken,
      json: { ...body, title: "另一件事" },
      headers,
    });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error.code).toBe("idempotencyKeyReused");
    expect(await getDb().ticket.count()).toBe(before + 1);
  });
});

describe("the per-token rate limit", () => {
  it("answers 429 with Retry-After past the limit, and again in the next minute", async () => {
    process.env.API_RATE_LIMIT = "3";
    try {
      const pair = await signIn("officer1");
      for (let i = 0; i < 3; i++) expect((await api("GET", "/me", { token: pair.accessToken })).status).toBe(200);
      const limited = await api("GET", "/me", { token: pair.accessToken });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another token of the same user has its own window.
      const other = await signIn("officer1");
      expect((await api("GET", "/me", { token: other.accessToken })).status).toBe(200);
      setClock("2026-11-10T10:01:05+08:00");
      try {
        expect((await api("GET", "/me", { token: pair.accessToken })).status).toBe(200);
      } finally {
        setClock(NOW);
      }
    } finally {
      delete process.env.API_RATE_LIMIT;
    }
  });
});

describe("the API's daily clean-up", () => {
  it("removes day-old stored answers and sessions ended a month ago, and keeps running ones", async () => {
    const running = await signIn("officer1", "running");
    const ended = await signIn("officer1", "ended");
    await api("POST", "/auth/revoke", { token: ended.accessToken });
    await api("POST", "/tickets/none/comments", {
      token: running.accessToken,
      json: { body: "x" },
      headers: { "idempotency-key": "housekeeping-1" },
    });
    expect(await getDb().apiIdempotency.count({ where: { key: "housekeeping-1" } })).toBe(1);

    setClock("2026-11-11T10:30:00+08:00");
    try {
      expect((await apiHousekeeping(getDb())).idempotencyKeys).toBeGreaterThan(0);
    } finally {
      setClock(NOW);
    }
    expect(await getDb().apiIdempotency.count({ where: { key: "housekeeping-1" } })).toBe(0);
    expect(await getDb().apiSession.count({ where: { client: "ended" } })).toBe(1);

    setClock("2026-12-11T10:30:00+08:00");
    try {
      await apiHousekeeping(getDb());
    } finally {
      setClock(NOW);
    }
    expect(await getDb().apiSession.count({ where: { client: "ended" } })).toBe(0);
    expect(await getDb().apiSession.count({ where: { client: "running" } })).toBe(1);
  });
});

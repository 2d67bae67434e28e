import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { DatabaseBusyError } from "../db/unavailable";
import type { SessionUser } from "./session-user";
import { RECHECK_MS, recheckSession, rememberedFor } from "./session-recheck";

const user: SessionUser = {
  id: "u1",
  username: "officer1",
  name: "民警",
  role: "OFFICER",
  bureauId: "b1",
  stationId: "s1",
  departmentId: null,
  enterpriseId: null,
};
const NOW = 1_800_000_000_000;
const due: JWT = { user, tv: 3, checkedAt: NOW - RECHECK_MS - 1, revoked: false };

describe("recheckSession", () => {
  it("does not read the user again within a minute of the last check", async () => {
    let reads = 0;
    const fresh: JWT = { ...due, checkedAt: NOW - 1_000 };
    expect(await recheckSession(fresh, async () => (reads++, null), NOW)).toBe(fresh);
    expect(reads).toBe(0);
  });

  it("ends a session whose account was disabled or whose token version moved on", async () => {
    const seen: [string, number][] = [];
    const token = await recheckSession(due, async (id, tv) => (seen.push([id, tv]), null), NOW);
    expect(seen).toEqual([["u1", 3]]);
    expect(token).toMatchObject({ revoked: true, user: undefined });
  });

  it("refreshes the user and the time of the check when the account is still good", async () => {
    const renamed = { ...user, name: "新名字" };
    const token = await recheckSession(due, async () => ({ user: renamed, twoFactorPending: false }), NOW);
    expect(token).toMatchObject({ user: renamed, checkedAt: NOW, revoked: false });
  });

  it("keeps the session as it was while the database cannot answer, and asks again next time", async () => {
    const token = await recheckSession(
      due,
      async () => {
        throw new DatabaseBusyError();
      },
      NOW,
    );
    expect(token).toBe(due);
  });

  it("lets any other failure through", async () => {
    await expect(
      recheckSession(
        due,
        async () => {
          throw new Error("bug");
        },
        NOW,
      ),
    ).rejects.toThrow("bug");
  });
});

describe("rememberedFor", () => {
  const good = { user, twoFactorPending: false };

  function counted(result: () => Promise<typeof good | null> = async () => good) {
    const reads: [string, number][] = [];
    const load = (id: string, tv: number) => (reads.push([id, tv]), result());
    return { reads, load };
  }

  it("reads a user once within the minute, and again after it", async () => {
    let now = NOW;
    const { reads, load } = counted();
    const remembered = rememberedFor(load, () => now);
    expect(await remembered("u1", 3)).toEqual(good);
    now += RECHECK_MS - 1;
    expect(await remembered("u1", 3)).toEqual(good);
    expect(reads).toHaveLength(1);
    now += 1;
    await remembered("u1", 3);
    expect(reads).toHaveLength(2);
  });

  it("reads a new token version, and another user, at once", async () => {
    const { reads, load } = counted();
    const remembered = rememberedFor(load, () => NOW);
    await remembered("u1", 3);
    await remembered("u1", 4);
    await remembered("u2", 3);
    expect(reads).toEqual([
      ["u1", 3],
      ["u1", 4],
      ["u2", 3],
    ]);
  });

  it("remembers an ended session as ended", async () => {
    const { reads, load } = counted(async () => null);
    const remembered = rememberedFor(load, () => NOW);
    expect(await remembered("u1", 3)).toBeNull();
    expect(await remembered("u1", 3)).toBeNull();
    expect(reads).toHaveLength(1);
  });

  it("lets concurrent requests share one read", async () => {
    const { reads, load } = counted();
    const remembered = rememberedFor(load, () => NOW);
    await Promise.all([remembered("u1", 3), remembered("u1", 3), remembered("u1", 3)]);
    expect(reads).toHaveLength(1);
  });

  it("does not remember a read that failed", async () => {
    let fail = true;
    const { reads, load } = counted(async () => {
      if (fail) throw new DatabaseBusyError();
      return good;
    });
    const remembered = rememberedFor(load, () => NOW);
    await expect(remembered("u1", 3)).rejects.toThrow(DatabaseBusyError);
    fail = false;
    expect(await remembered("u1", 3)).toEqual(good);
    expect(reads).toHaveLength(2);
  });

  it("stays bounded however many users it has read, keeping the latest", async () => {
    const { reads, load } = counted();
    const remembered = rememberedFor(load, () => NOW);
    for (let i = 0; i < 25_000; i++) await remembered(`u${i}`, 0);
    await remembered("u24999", 0);
    expect(reads).toHaveLength(25_000);
    await remembered("u0", 0);
    expect(reads).toHaveLength(25_001);
  });
});

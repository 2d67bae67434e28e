import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { DatabaseBusyError } from "../db/unavailable";
import type { SessionUser } from "./session-user";
import { RECHECK_MS, recheckSession } from "./session-recheck";

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

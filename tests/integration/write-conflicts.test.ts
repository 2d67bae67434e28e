// Two transactions that lock the same rows in crossing order deadlock; PostgreSQL ends one of them.
// Through the app's client the ended one runs again from its start, so both changes are made and
// the user sees no error. The embedded database runs one transaction at a time and cannot deadlock.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)("write conflicts", () => {
  beforeAll(async () => {
    const db = getDb();
    await db.bureau.create({ data: { id: "b-wc", code: "WC", name: "测试分局", nameEn: "Test Bureau" } });
    await db.setting.createMany({
      data: [
        { bureauId: "b-wc", key: "a", value: 0 },
        { bureauId: "b-wc", key: "b", value: 0 },
      ],
    });
  });

  it("runs a transaction PostgreSQL ended for a deadlock again, and both commit", async () => {
    const db = getDb();
    // Both transactions hold their first row before either asks for its second.
    let bothHoldOne!: () => void;
    const holding = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let held = 0;
    const attempts = { ab: 0, ba: 0 };
    const bump = (order: "ab" | "ba") =>
      db.$transaction(async (tx) => {
        attempts[order] += 1;
        const [first, second] = order === "ab" ? ["a", "b"] : ["b", "a"];
        await tx.$executeRaw`UPDATE "Setting" SET "value" = to_jsonb("value"::text::int + 1) WHERE "bureauId" = 'b-wc' AND "key" = ${first}`;
        if (attempts[order] === 1 && ++held === 2) bothHoldOne();
        if (attempts[order] === 1) await holding;
        await tx.$executeRaw`UPDATE "Setting" SET "value" = to_jsonb("value"::text::int + 1) WHERE "bureauId" = 'b-wc' AND "key" = ${second}`;
      });

    await Promise.all([bump("ab"), bump("ba")]);

    // One of the two ran twice: its first run was rolled back whole.
    expect(attempts.ab + attempts.ba).toBe(3);
    const rows = await db.setting.findMany({ where: { bureauId: "b-wc" }, orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["a", 2],
      ["b", 2],
    ]);
  });
});

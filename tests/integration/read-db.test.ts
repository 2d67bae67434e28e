// Every request's statements go through a gate that bounds how many of them run at once.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createGate, type Gate } from "@/lib/db/gate";
import { gated } from "@/lib/db/request-gate";

describe("gated reads", () => {
  it("send model and raw queries through the gate, with their answers unchanged", async () => {
    const inner = createGate(2);
    let running = 0;
    let most = 0;
    let passed = 0;
    const counting: Gate = {
      run: (work) =>
        inner.run(async () => {
          passed += 1;
          running += 1;
          most = Math.max(most, running);
          try {
            return await work();
          } finally {
            running -= 1;
          }
        }),
    };
    const db = gated(getDb(), counting);
    const answers = await Promise.all([
      db.bureau.count(),
      db.$queryRaw<{ n: number }[]>`SELECT 41 + 1 AS "n"`,
      db.user.findMany({ take: 1 }),
      db.$queryRaw<{ n: number }[]>`SELECT 2 AS "n"`,
      db.setting.count(),
    ]);
    expect(answers[0]).toBe(await getDb().bureau.count());
    expect(answers[1]).toEqual([{ n: 42 }]);
    expect(answers[3]).toEqual([{ n: 2 }]);
    expect(passed).toBe(5);
    expect(most).toBeLessThanOrEqual(2);
  });

  it("run transactions on the client itself, outside the gate: one connection holds their statements", async () => {
    let passed = 0;
    const counting: Gate = {
      run: (work) => {
        passed += 1;
        return Promise.resolve(work());
      },
    };
    const db = gated(getDb(), counting);
    const [bureaus, two] = await db.$transaction(async (tx) => [
      await tx.bureau.count(),
      await tx.$queryRaw<{ n: number }[]>`SELECT 2 AS "n"`,
    ]);
    expect(bureaus).toBe(await getDb().bureau.count());
    expect(two).toEqual([{ n: 2 }]);
    expect(passed).toBe(0);
  });
});

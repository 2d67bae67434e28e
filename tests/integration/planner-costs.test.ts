// The app's PostgreSQL connections price random reads as solid-state storage does (lib/db/pool.ts).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)("planner costs", () => {
  it("start every connection of the app's pool with random_page_cost 1.1", async () => {
    const db = getDb();
    // Several at once, so that more than one connection of the pool answers.
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.$transaction(async (tx) => {
          const [row] = await tx.$queryRaw<{ random_page_cost: string }[]>`SHOW random_page_cost`;
          await tx.$executeRaw`SELECT pg_sleep(0.05)`;
          return row!.random_page_cost;
        }),
      ),
    );
    expect(answers).toEqual(["1.1", "1.1", "1.1", "1.1"]);
  });
});

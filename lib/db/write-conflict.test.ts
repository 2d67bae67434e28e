import { describe, expect, it } from "vitest";
import { isWriteConflict, retryWriteConflicts, WRITE_CONFLICT_ATTEMPTS } from "./write-conflict.ts";

// The shapes Prisma's PostgreSQL adapter gives: a raw statement's deadlock (P2010 with the adapter's
// error as meta), a model query's conflict (P2034), and pg's own error as a cause.
const rawDeadlock = Object.assign(new Error("Raw query failed. Code: `40P01`"), {
  code: "P2010",
  meta: {
    driverAdapterError: {
      name: "DriverAdapterError",
      cause: { originalCode: "40P01", originalMessage: "deadlock detected", kind: "TransactionWriteConflict" },
    },
  },
});
const modelConflict = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), {
  code: "P2034",
});
const serialization = new Error("wrapped", {
  cause: Object.assign(new Error("could not serialize"), { code: "40001" }),
});
const uniqueViolation = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });

const noPause = () => Promise.resolve();

describe("isWriteConflict", () => {
  it("recognises deadlocks and serialization failures in every shape", () => {
    expect(isWriteConflict(rawDeadlock)).toBe(true);
    expect(isWriteConflict(modelConflict)).toBe(true);
    expect(isWriteConflict(serialization)).toBe(true);
  });
  it("leaves every other failure alone", () => {
    expect(isWriteConflict(uniqueViolation)).toBe(false);
    expect(isWriteConflict(new Error("deadlock detected"))).toBe(false);
    expect(isWriteConflict(Object.assign(new Error("statement timeout"), { code: "57014" }))).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});

describe("retryWriteConflicts", () => {
  it("runs the work again after a conflict, and reports each retry", async () => {
    let calls = 0;
    const retries: number[] = [];
    const result = await retryWriteConflicts(
      async () => {
        calls += 1;
        if (calls < WRITE_CONFLICT_ATTEMPTS) throw rawDeadlock;
        return "done";
      },
      (n) => retries.push(n),
      noPause,
    );
    expect(result).toBe("done");
    expect(calls).toBe(WRITE_CONFLICT_ATTEMPTS);
    expect(retries).toEqual([1, 2]);
  });

  /** Work that always fails with `error`, and how many times it was run. */
  async function alwaysFailing(error: Error) {
    let calls = 0;
    const outcome = await retryWriteConflicts(
      async () => {
        calls += 1;
        throw error;
      },
      undefined,
      noPause,
    ).catch((thrown: unknown) => thrown);
    return { outcome, calls };
  }

  it("gives up after the last attempt with the conflict itself", async () => {
    expect(await alwaysFailing(modelConflict)).toEqual({ outcome: modelConflict, calls: WRITE_CONFLICT_ATTEMPTS });
  });

  it("does not repeat work that failed for any other reason", async () => {
    expect(await alwaysFailing(uniqueViolation)).toEqual({ outcome: uniqueViolation, calls: 1 });
  });
});

import { describe, expect, it } from "vitest";
import {
  busyResponse,
  DATABASE_BUSY_DIGEST,
  DatabaseBusyError,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises the pool's own refusal and its digest", () => {
    const error = new DatabaseBusyError();
    expect(error.digest).toBe(DATABASE_BUSY_DIGEST);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a database that is down, restarting or slow, however deeply wrapped", () => {
    const cases: unknown[] = [
      Object.assign(new Error("Can't reach database server"), { code: "P1001" }),
      Object.assign(new Error("raw query failed"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      }),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
      { kind: "postgres", originalCode: "57P01" },
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated unexpectedly"),
      new Error("Transaction API error: Unable to start a transaction in the given time."),
      new Error("outer", { cause: new Error("connect ECONNREFUSED 127.0.0.1:5432") }),
    ];
    for (const error of cases) expect(isDatabaseUnavailable(error), JSON.stringify(error)).toBe(true);
  });

  it("leaves every other failure to the generic handling", () => {
    const cases: unknown[] = [
      new Error("boom"),
      Object.assign(new Error("Unique constraint failed"), { code: "P2002" }),
      Object.assign(new Error("permission denied for table AuditEvent"), { code: "42501" }),
      null,
      "text",
    ];
    for (const error of cases) expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause chain that loops", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    a.cause = new Error("b", { cause: a });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe("busyResponse", () => {
  it("answers 503 with Retry-After and the translated text", async () => {
    const response = busyResponse("系统繁忙，请几秒钟后重试。");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.text()).toBe("系统繁忙，请几秒钟后重试。");
  });
});

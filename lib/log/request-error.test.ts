import { describe, expect, it } from "vitest";
import { DatabaseBusyError } from "../db/unavailable.ts";
import { createLogger } from "./logger.ts";
import { logRequestError } from "./request-error.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ write: (chunk: string) => void lines.push(JSON.parse(chunk)) }, "info");
  return { log, lines };
}

const context = {
  routerKind: "App Router",
  routePath: "/tickets/[id]",
  routeType: "render",
  revalidateReason: undefined,
} as const;

describe("logRequestError", () => {
  it("logs the error with request id, route pattern and digest, without the query", () => {
    const { log, lines } = capture();
    const error = Object.assign(new Error("boom"), { digest: "2417391082" });
    logRequestError(
      log,
      error,
      {
        path: "/tickets/t1?q=13912345678",
        method: "GET",
        headers: { "x-request-id": "req-abcdef12", cookie: "next-auth.session-token=secret" },
      },
      context,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: "request failed",
      requestId: "req-abcdef12",
      route: "/tickets/[id]",
      routeType: "render",
      method: "GET",
      path: "/tickets/t1",
      digest: "2417391082",
      err: { type: "Error", message: "boom" },
    });
    expect(JSON.stringify(lines[0])).not.toContain("secret");
  });

  it("logs a database that cannot serve as a warning", () => {
    const { log, lines } = capture();
    logRequestError(log, new DatabaseBusyError(), { path: "/", method: "GET", headers: {} }, context);
    expect(lines[0]).toMatchObject({ level: 40, digest: "DATABASE_BUSY" });
  });
});

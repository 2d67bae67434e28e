import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";
import { loggerForRequest } from "./request.ts";
import { acceptRequestId } from "./request-id.ts";
import { scrubPersonalData } from "./redaction.ts";

// A resident ID number with a valid check digit and a mobile number: neither may reach a log line.
const ID_NUMBER = "11010519491231002X";
const PHONE = "13912345678";

function capture() {
  const lines: string[] = [];
  const log = createLogger({ write: (chunk: string) => void lines.push(chunk) }, "info");
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, parsed };
}

describe("logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { log, lines, parsed } = capture();
    log.info({ count: 3 }, "deadline check done");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(parsed()[0]).toMatchObject({ level: 30, msg: "deadline check done", count: 3, service: "jqt" });
    expect(typeof parsed()[0]?.time).toBe("number");
  });

  it("redacts ID numbers, phones, passwords, tokens and credentials by their keys", () => {
    const { log, lines, parsed } = capture();
    log.warn(
      {
        applicantIdNumber: ID_NUMBER,
        applicantPhone: PHONE,
        input: { password: "demo1234", newPassword: "S3cret-pass!", code: "492817", token: "reset-tok-abc" },
        user: { phone: "0532-88776655", totpSecret: "JBSWY3DPEHPK3PXP" },
        headers: { cookie: "next-auth.session-token=eyJhbGciOi", authorization: "Bearer abc.def.ghi" },
        ticketId: "t_123",
      },
      "residency request refused",
    );
    const line = lines[0];
    for (const secret of [ID_NUMBER, PHONE, "demo1234", "S3cret-pass!", "492817", "reset-tok-abc"]) {
      expect(line).not.toContain(secret);
    }
    for (const secret of ["0532-88776655", "JBSWY3DPEHPK3PXP", "eyJhbGciOi", "abc.def.ghi"]) {
      expect(line).not.toContain(secret);
    }
    const entry = parsed()[0] as {
      applicantIdNumber: string;
      input: Record<string, unknown>;
      headers: Record<string, unknown>;
      ticketId: string;
    };
    expect(entry.applicantIdNumber).toBe("[redacted]");
    expect(entry.input.password).toBe("[redacted]");
    expect(entry.headers.cookie).toBe("[redacted]");
    // What is not personal stays readable.
    expect(entry.ticketId).toBe("t_123");
  });

  it("masks ID numbers and phones in free text, error messages and stacks included", () => {
    const { log, lines, parsed } = capture();
    const error = new Error(`unique constraint failed for ${ID_NUMBER} / +86 ${PHONE}`);
    log.error({ err: error }, `lookup of ${PHONE} failed`);
    expect(lines[0]).not.toContain(ID_NUMBER);
    expect(lines[0]).not.toContain(PHONE);
    const entry = parsed()[0] as { msg: string; err: { message: string; type: string; stack: string } };
    expect(entry.msg).toBe("lookup of [redacted] failed");
    expect(entry.err.type).toBe("Error");
    expect(entry.err.message).toContain("[redacted]");
  });

  it("keeps error codes and long digit runs that are neither ID numbers nor phones", () => {
    const { log, parsed } = capture();
    const error = Object.assign(new Error("duplicate"), { code: "P2002" });
    log.error({ err: error, at: 1764141268000, count: 123456789012345 }, "write failed");
    const entry = parsed()[0] as { err: { code: string }; at: number; count: number };
    expect(entry.err.code).toBe("P2002");
    expect(entry.at).toBe(1764141268000);
    expect(entry.count).toBe(123456789012345);
    expect(scrubPersonalData(`{"n":"${ID_NUMBER}1"}`)).toContain(`${ID_NUMBER}1`);
  });

  it("binds request id, route, user id and role to a request's lines", () => {
    const { log, parsed } = capture();
    const headers = new Headers({ "x-request-id": "req-12345678", "x-pathname": "/tickets/t1?q=%E5%BC%A0%E4%B8%89" });
    const user = { id: "u1", role: "OFFICER" as const, name: "张三", username: "officer1" };
    loggerForRequest(headers, user, { base: log }).info("ticket opened");
    const entry = parsed()[0];
    expect(entry).toMatchObject({ requestId: "req-12345678", route: "/tickets/t1", userId: "u1", role: "OFFICER" });
    expect(JSON.stringify(entry)).not.toContain("%E5%BC%A0");
    expect(JSON.stringify(entry)).not.toContain("officer1");
  });
});

describe("acceptRequestId", () => {
  it("keeps a plain incoming id", () => {
    expect(acceptRequestId("0f9c4a2e-6a51-4f5e-9f0e-2b7c1d3e4f5a")).toBe("0f9c4a2e-6a51-4f5e-9f0e-2b7c1d3e4f5a");
    expect(acceptRequestId("01JDXK3Q8Z5T0W4V6Y2N9R7M1P")).toBe("01JDXK3Q8Z5T0W4V6Y2N9R7M1P");
  });

  it("replaces a missing, short, long or unsafe id with a new UUID", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const bad of [null, "", "short", "x".repeat(129), 'abc"def\nghi', "a b c d e f g h", '{"level":60}']) {
      expect(acceptRequestId(bad)).toMatch(uuid);
    }
  });
});

import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { executeAction, formDataToObject, type ActionContext } from "./action-core";
import { ActionError, ConflictError, NotFoundError } from "./errors";
import { DatabaseBusyError } from "../db/unavailable";
import type { SessionUser } from "./session-user";
import { createLogger } from "../log/logger";
import { loggerForRequest } from "../log/request";

const officer: SessionUser = {
  id: "u1",
  username: "officer1",
  name: "王警官",
  role: "OFFICER",
  bureauId: "b1",
  stationId: "s1",
  departmentId: null,
  enterpriseId: null,
};

// Echoes keys so the tests can see which message was chosen.
const t: ActionContext["t"] = (key, values) => (values ? `${key}:${JSON.stringify(values)}` : key);
const ctx = (over: Partial<ActionContext> = {}): ActionContext => ({ user: officer, sameOrigin: true, t, ...over });

const schema = z.object({ title: z.string().min(2, "tickets.errors.titleShort"), count: z.coerce.number().int() });

describe("executeAction", () => {
  const run = vi.fn(async (_user: SessionUser, input: z.output<typeof schema>) => ({ echoed: input.title }));
  const def = { allow: (user: SessionUser) => user.role === "OFFICER", schema, run };

  it("runs the command with the parsed input for an allowed role", async () => {
    const result = await executeAction(def, { title: "门岗", count: "3" }, ctx());
    expect(result).toEqual({ ok: true, data: { echoed: "门岗" } });
    expect(run).toHaveBeenLastCalledWith(officer, { title: "门岗", count: 3 });
  });

  it("refuses a request that is not provably same-origin, before anything else", async () => {
    run.mockClear();
    const result = await executeAction(def, { title: "门岗", count: 1 }, ctx({ sameOrigin: false }));
    expect(result).toEqual({ ok: false, code: "foreignOrigin", message: "errors.foreignOrigin" });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses anonymous callers", async () => {
    const result = await executeAction(def, { title: "门岗", count: 1 }, ctx({ user: null }));
    expect(result).toEqual({ ok: false, code: "signedOut", message: "errors.signedOut" });
  });

  it("refuses every user the policy question does not admit (deny by default)", async () => {
    run.mockClear();
    for (const role of ["LIAISON", "CHIEF", "ADMIN"] as const) {
      const result = await executeAction(def, { title: "门岗", count: 1 }, ctx({ user: { ...officer, role } }));
      expect(result).toEqual({ ok: false, code: "forbidden", message: "errors.forbidden" });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("fills a custom check's values into its message", async () => {
    const withParams = z.object({
      file: z.string().refine(() => false, { message: "attachments.errors.type", params: { name: "a.exe" } }),
    });
    const result = await executeAction(
      { ...def, schema: withParams, run: async () => ({ echoed: "" }) },
      { file: "x" },
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: ['attachments.errors.type:{"name":"a.exe"}'] } });
  });

  it("answers bad input with translated messages at each field", async () => {
    run.mockClear();
    const result = await executeAction(def, { title: "x", count: "many" }, ctx());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("errors.invalidInput");
    expect(result.fieldErrors?.title).toEqual(["tickets.errors.titleShort"]);
    expect(result.fieldErrors?.count).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
  });

  it("accepts FormData", async () => {
    const form = new FormData();
    form.set("title", "夜间巡逻");
    form.set("count", "2");
    form.set("$ACTION_ID_abc", "");
    expect(await executeAction(def, form, ctx())).toEqual({ ok: true, data: { echoed: "夜间巡逻" } });
  });

  it("passes a command's own errors through, translated", async () => {
    const failing = (error: Error) => ({ ...def, run: async () => Promise.reject(error) });
    expect(await executeAction(failing(new NotFoundError()), { title: "ab", count: 1 }, ctx())).toEqual({
      ok: false,
      code: "notFound",
      message: "errors.notFound",
    });
    expect(await executeAction(failing(new ConflictError()), { title: "ab", count: 1 }, ctx())).toEqual({
      ok: false,
      code: "conflict",
      message: "errors.conflict",
    });
    const withFields = await executeAction(
      failing(new ActionError("tickets.errors.closed", { reason: ["tickets.errors.reasonNeeded"] }, { n: 2 })),
      { title: "ab", count: 1 },
      ctx(),
    );
    expect(withFields).toEqual({
      ok: false,
      code: "invalidInput",
      message: 'tickets.errors.closed:{"n":2}',
      fieldErrors: { reason: ['tickets.errors.reasonNeeded:{"n":2}'] },
    });
  });

  it("answers 'busy, try again' when the database is overloaded or restarting", async () => {
    const failures = [
      new DatabaseBusyError(),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      new Error("Transaction API error: Unable to start a transaction in the given time."),
    ];
    const levels: number[] = [];
    const log = createLogger({ write: (chunk: string) => void levels.push(JSON.parse(chunk).level) }, "info");
    for (const failure of failures) {
      const result = await executeAction(
        { ...def, run: async () => Promise.reject(failure) },
        { title: "ab", count: 1 },
        ctx({ log }),
      );
      expect(result).toEqual({ ok: false, code: "busy", message: "errors.busy" });
    }
    // Expected under overload: a warning each, not an error.
    expect(levels).toEqual([40, 40, 40]);
  });

  it("hides unexpected errors behind a generic message and logs them with the request", async () => {
    const lines: Record<string, unknown>[] = [];
    const base = createLogger({ write: (chunk: string) => void lines.push(JSON.parse(chunk)) }, "info");
    const log = loggerForRequest(new Headers({ "x-request-id": "req-abcdef12" }), officer, { base });
    const result = await executeAction(
      { ...def, run: async () => Promise.reject(new Error("relation does not exist")) },
      { title: "ab", count: 1 },
      ctx({ log }),
    );
    expect(result).toEqual({ ok: false, code: "unexpected", message: "errors.unexpected" });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: "action failed",
        requestId: "req-abcdef12",
        userId: "u1",
        role: "OFFICER",
        err: expect.objectContaining({ message: "relation does not exist" }),
      }),
    ]);
  });

  it("lets framework control flow (redirects) escape", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    const rethrow = (e: unknown) => {
      if (e === redirect) throw e;
    };
    await expect(
      executeAction({ ...def, run: async () => Promise.reject(redirect) }, { title: "ab", count: 1 }, ctx({ rethrow })),
    ).rejects.toBe(redirect);
  });
});

describe("formDataToObject", () => {
  it("keeps repeated names as arrays and drops empty file inputs", () => {
    const form = new FormData();
    form.append("tag", "a");
    form.append("tag", "b");
    form.append("photo", new File([], ""));
    // What Next hands the server for an unused file input.
    form.append("scan", new File([], "undefined"));
    form.append("note", "");
    expect(formDataToObject(form)).toEqual({ tag: ["a", "b"], note: "" });
  });
});

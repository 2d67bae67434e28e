import { z } from "zod";
import { noteChange } from "../cache/changes.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { isBlankPart } from "../forms/blank-part.ts";
import { logger, type Logger } from "../log/logger.ts";
import { ActionError, ConflictError, NotFoundError, type FieldErrors } from "./errors.ts";
import type { Question } from "./question.ts";
import type { ListValues } from "../i18n/list-style.ts";
import type { SessionUser } from "./session-user.ts";

/**
 * Why an action was refused, for doors that answer with a status (the API): the user sees `message`.
 * `rejected` is a rule of the record's state (a ticket already accepted, a full slot).
 */
export type FailureCode =
  | "foreignOrigin"
  | "signedOut"
  | "forbidden"
  | "invalidInput"
  | "notFound"
  | "conflict"
  | "rejected"
  | "busy"
  | "unexpected";

/** `code` is set by executeAction; a form's own check in the browser leaves it out. */
export type ActionFailure = { ok: false; code?: FailureCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export type ActionDefinition<S extends z.ZodType, T> = {
  /** The capability policy's question; whoever it does not admit is refused (deny by default). */
  allow: Question;
  schema: S;
  run: (user: SessionUser, input: z.output<S>) => Promise<T>;
  /** Changes nothing (a picker's search): kept figures stay valid after it. */
  readsOnly?: boolean;
};

/** Keeps an action definition's schema and result types while checking its shape. */
export const defineActionDefinition = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export type ActionContext = {
  user: SessionUser | null;
  sameOrigin: boolean;
  /** Translates a message key; unknown keys fall back to a generic text. Lists are written out in the reader's language. */
  t: (key: string, values?: ListValues) => string;
  /** Lets framework control flow (redirect, notFound) pass through. */
  rethrow?: (error: unknown) => void;
  /** Bound to the request and user (lib/log/request.ts); the process logger when absent. */
  log?: Logger;
};

/** origin → session → the policy's question → zod → command → one result shape. */
export async function executeAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  raw: unknown,
  ctx: ActionContext,
): Promise<ActionResult<T>> {
  if (!ctx.sameOrigin) return { ok: false, code: "foreignOrigin", message: ctx.t("errors.foreignOrigin") };
  if (!ctx.user) return { ok: false, code: "signedOut", message: ctx.t("errors.signedOut") };
  if (!def.allow(ctx.user)) return { ok: false, code: "forbidden", message: ctx.t("errors.forbidden") };

  const parsed = def.schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
  if (!parsed.success) {
    return {
      ok: false,
      code: "invalidInput",
      message: ctx.t("errors.invalidInput"),
      fieldErrors: fieldErrorsOf(parsed.error, ctx.t),
    };
  }

  try {
    const data = await def.run(ctx.user, parsed.data);
    // Committed: figures this server keeps for the county are read afresh on the next view.
    if (!def.readsOnly) noteChange(ctx.user.bureauId);
    return { ok: true, data };
  } catch (error) {
    try {
      ctx.rethrow?.(error);
    } catch (control) {
      // The framework's control flow (a redirect to what was just created) ends a command that ran.
      noteChange(ctx.user.bureauId);
      throw control;
    }
    if (error instanceof ActionError) {
      return {
        ok: false,
        code: failureCodeOf(error),
        message: ctx.t(error.key, error.values),
        fieldErrors: error.fieldErrors && translateFieldErrors(error.fieldErrors, ctx.t, error.values),
      };
    }
    // Overload or a restarting database: nothing was written, and trying again shortly will work.
    const log = ctx.log ?? logger;
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, "database unavailable: answered busy");
      return { ok: false, code: "busy", message: ctx.t("errors.busy") };
    }
    log.error({ err: error }, "action failed");
    return { ok: false, code: "unexpected", message: ctx.t("errors.unexpected") };
  }
}

function failureCodeOf(error: ActionError): FailureCode {
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ConflictError) return "conflict";
  return error.fieldErrors ? "invalidInput" : "rejected";
}

/** Form fields to a plain object; repeated names become arrays, empty file inputs are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string" && isBlankPart(value)) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError, t: ActionContext["t"]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    // Custom checks carry the values their message needs (a file name, a limit) in params.
    const values = issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined;
    (out[field] ??= []).push(t(issue.message, values));
  }
  return out;
}

function translateFieldErrors(errors: FieldErrors, t: ActionContext["t"], values?: ListValues): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((k) => t(k, values))]));
}

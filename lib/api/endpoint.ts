// An endpoint of /api/v1: where it is, who may call it (the capability policy's question), the zod
// schemas of its input and answer (the same ones the OpenAPI document is generated from), and the
// work. Endpoints that change something run the server action's own definition (`fromAction`): one
// command, policy and schema behind two doors.
import type { z } from "zod";
import { executeAction, type ActionDefinition, type ActionResult } from "../auth/action-core.ts";
import type { Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { Logger } from "../log/logger.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { ActionContext } from "../auth/action-core.ts";

export type ApiContext = {
  user: SessionUser;
  /** The API session the request's token belongs to. */
  sessionId: string;
  t: ActionContext["t"];
  locale: Locale;
  log: Logger;
  request: Request;
};

export type ApiInput = { params: Record<string, string>; query: Record<string, unknown>; body: unknown };

export type ApiEndpoint = {
  method: "GET" | "POST";
  /** OpenAPI style, below /api/v1: "/tickets/{id}". */
  path: `/${string}`;
  operationId: string;
  summary: string;
  tag: string;
  allow: Question;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** The JSON body as documented; the action's own schema checks it. */
  body?: z.ZodType;
  /** multipart/form-data is accepted too, for files, with this documented shape. */
  formBody?: z.ZodType;
  response: z.ZodType;
  successStatus?: 200 | 201;
  run: (ctx: ApiContext, input: ApiInput) => Promise<ActionResult<unknown>>;
};

export const defineEndpoint = (endpoint: ApiEndpoint) => endpoint;

/**
 * The `run` of an endpoint that performs a server action: the path's ids and the body make the
 * action's input, the action's wrapper (executeAction) asks the policy and parses it, and the answer
 * is shaped for the API.
 */
export function fromAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  toInput: (input: ApiInput) => unknown,
  toResponse: (data: T, ctx: ApiContext, input: ApiInput) => unknown | Promise<unknown>,
): ApiEndpoint["run"] {
  return async (ctx, input) => {
    const result = await executeAction(def, toInput(input), {
      user: ctx.user,
      sameOrigin: true,
      t: ctx.t,
      log: ctx.log,
    });
    return result.ok ? { ok: true, data: await toResponse(result.data, ctx, input) } : result;
  };
}

/** Success of a read endpoint. */
export const answer = <T>(data: T): ActionResult<T> => ({ ok: true, data });

/** The record is missing or out of the user's scope: both answer 404 alike. */
export const notFound = (ctx: ApiContext): ActionResult<never> => ({
  ok: false,
  code: "notFound",
  message: ctx.t("errors.notFound"),
});

/** Body fields as an object, whichever media type they came in. */
export function bodyObject(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

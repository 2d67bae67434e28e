// The one door of /api/v1: route → token (and its rate limit) → the policy's question → input →
// Idempotency-Key → the endpoint → one JSON shape for answers and refusals. Route handlers pass
// their Request here and return what it answers; nothing here reads cookies, so no browser session
// opens the API.
import type { z } from "zod";
import type { Db } from "../db/connection.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { formDataToObject, type ActionResult } from "../auth/action-core.ts";
import { clientAddress, trustedProxyHops } from "../auth/client-address.ts";
import type { Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { loggerForRequest } from "../log/request.ts";
import { ACTION_BODY_LIMIT_BYTES } from "../security/body-limit.ts";
import type { ApiContext, ApiEndpoint } from "./endpoint.ts";
import { fingerprintOf, isValidIdempotencyKey, reserveKey, settleKey } from "./idempotency.ts";
import { ApiProblem } from "./problem.ts";
import { authenticateAccessToken } from "./tokens.ts";
import { apiTranslator, localeOf } from "./translator.ts";

export const API_PREFIX = "/api/v1";

type Match = { endpoint: ApiEndpoint; params: Record<string, string> };

function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Finds the endpoint for a path below /api/v1; the methods of the path when only the method is wrong. */
export function route(
  registry: readonly ApiEndpoint[],
  method: string,
  path: string,
): Match | { allow: string[] } | null {
  const allow: string[] = [];
  for (const endpoint of registry) {
    const { pattern, names } = compile(endpoint.path);
    const m = pattern.exec(path);
    if (!m) continue;
    if (endpoint.method !== method) {
      allow.push(endpoint.method);
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]));
    } catch {
      return null;
    }
    return { endpoint, params };
  }
  return allow.length ? { allow } : null;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function problemResponse(problem: ApiProblem): Response {
  return json(problem.status, problem.body(), problem.headers);
}

function fieldsOf(error: z.ZodError, t: ApiContext["t"]) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const name = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fields[name] ??= []).push(t(issue.message));
  }
  return fields;
}

async function readBody(request: Request, t: ApiContext["t"]): Promise<unknown> {
  if (request.method !== "POST") return {};
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_LIMIT_BYTES) throw new ApiProblem("tooLarge", t("api.errors.tooLarge"));
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  try {
    if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
      return formDataToObject(await request.formData());
    }
    if (type === "application/json") {
      const text = await request.text();
      return text.trim() ? JSON.parse(text) : {};
    }
  } catch {
    throw new ApiProblem("badBody", t("api.errors.badBody"));
  }
  if (!type && !length) return {};
  throw new ApiProblem("unsupportedMediaType", t("api.errors.unsupportedMediaType"));
}

function resultResponse(result: ActionResult<unknown>, endpoint: ApiEndpoint): { status: number; body: unknown } {
  if (result.ok) return { status: endpoint.successStatus ?? 200, body: result.data };
  const problem = new ApiProblem(result.code ?? "unexpected", result.message, result.fieldErrors);
  return { status: problem.status, body: problem.body() };
}

export type DoorDeps = { db: () => Db };

/** Answers one request to /api/v1 from the registry of endpoints. */
export async function answerApiRequest(
  request: Request,
  registry: readonly ApiEndpoint[],
  deps: DoorDeps,
): Promise<Response> {
  const locale = localeOf(request.headers.get("accept-language"));
  const t = apiTranslator(locale);
  const url = new URL(request.url);
  const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) || "/" : url.pathname;
  const found = route(registry, request.method, path);
  if (!found) return problemResponse(new ApiProblem("unknownEndpoint", t("api.errors.unknownEndpoint")));
  if ("allow" in found) {
    return problemResponse(
      new ApiProblem("methodNotAllowed", t("api.errors.methodNotAllowed"), undefined, {
        allow: found.allow.join(", "),
      }),
    );
  }
  const { endpoint, params } = found;
  let log = loggerForRequest(request.headers, null, { route: `${API_PREFIX}${endpoint.path}` });
  try {
    const db = deps.db();
    const { user, sessionId } = await authenticate(request, db, t);
    log = loggerForRequest(request.headers, user, { route: `${API_PREFIX}${endpoint.path}` });
    if (!endpoint.allow(user)) throw new ApiProblem("forbidden", t("errors.forbidden"));

    const parsedParams = endpoint.params ? endpoint.params.safeParse(params) : null;
    if (parsedParams && !parsedParams.success) {
      // An id that cannot be one names nothing the user may see.
      throw new ApiProblem("notFound", t("errors.notFound"));
    }
    const parsedQuery = endpoint.query?.safeParse(Object.fromEntries(url.searchParams));
    if (parsedQuery && !parsedQuery.success) {
      throw new ApiProblem("invalidInput", t("errors.invalidInput"), fieldsOf(parsedQuery.error, t));
    }
    const body = await readBody(request, t);
    const ctx: ApiContext = { user, sessionId, t, locale, log, request };
    const input = {
      params: (parsedParams?.data as Record<string, string> | undefined) ?? params,
      query: (parsedQuery?.data as Record<string, unknown> | undefined) ?? {},
      body,
    };
    const run = async () => resultResponse(await endpoint.run(ctx, input), endpoint);

    const key = request.method === "POST" ? request.headers.get("idempotency-key") : null;
    if (key === null) {
      const answerNow = await run();
      return json(answerNow.status, answerNow.body);
    }
    if (!isValidIdempotencyKey(key))
      throw new ApiProblem("idempotencyKeyInvalid", t("api.errors.idempotencyKeyInvalid"));
    const reservation = await reserveKey(db, user.id, key, await fingerprintOf(request.method, url.pathname, body));
    if (reservation.kind === "replay") {
      return json(reservation.answer.status, reservation.answer.body, { "idempotent-replayed": "true" });
    }
    if (reservation.kind === "reused")
      throw new ApiProblem("idempotencyKeyReused", t("api.errors.idempotencyKeyReused"));
    if (reservation.kind === "inProgress") {
      throw new ApiProblem("idempotencyInProgress", t("api.errors.idempotencyInProgress"), undefined, {
        "retry-after": "1",
      });
    }
    let answered: { status: number; body: unknown };
    try {
      answered = await run();
    } catch (error) {
      await settleKey(db, user.id, key, { status: 500, body: null });
      throw error;
    }
    await settleKey(db, user.id, key, answered);
    return json(answered.status, answered.body);
  } catch (error) {
    if (error instanceof ApiProblem) return problemResponse(error);
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, "database unavailable: answered busy");
      return problemResponse(new ApiProblem("busy", t("errors.busy"), undefined, { "retry-after": "5" }));
    }
    log.error({ err: error }, "api request failed");
    return problemResponse(new ApiProblem("unexpected", t("errors.unexpected")));
  }
}

/**
 * For route handlers outside the registry that accept a token as well as the browser's session
 * (the live event stream): the token's user if the policy admits them, or the refusal to send.
 */
export async function bearerUser(request: Request, db: Db, question: Question): Promise<SessionUser | Response> {
  const t = apiTranslator(localeOf(request.headers.get("accept-language")));
  try {
    const { user } = await authenticate(request, db, t);
    if (!question(user)) throw new ApiProblem("forbidden", t("errors.forbidden"));
    return user;
  } catch (error) {
    if (error instanceof ApiProblem) return problemResponse(error);
    throw error;
  }
}

/** The bearer token's user, or the refusal: 401 without or with a bad token, 429 over its rate. */
async function authenticate(request: Request, db: Db, t: ApiContext["t"]) {
  const header = request.headers.get("authorization") ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!token)
    throw new ApiProblem("tokenMissing", t("api.errors.tokenMissing"), undefined, { "www-authenticate": "Bearer" });
  const outcome = await authenticateAccessToken(db, token, clientAddress(request.headers, trustedProxyHops()));
  if (outcome.ok) return outcome;
  if (outcome.reason === "rateLimited") {
    const seconds = outcome.retryAfterSeconds;
    throw new ApiProblem("rateLimited", t("api.errors.rateLimited", { seconds }), undefined, {
      "retry-after": String(seconds),
    });
  }
  throw new ApiProblem("tokenInvalid", t("api.errors.tokenInvalid"), undefined, {
    "www-authenticate": 'Bearer error="invalid_token"',
  });
}

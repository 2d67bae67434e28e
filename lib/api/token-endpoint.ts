// POST /api/v1/auth/token: the API's sign-in. A password grant checks the credentials (and the
// two-factor code where the account uses one) through the portal's own sign-in, under the same
// throttles; a refresh grant trades a refresh token for a new pair. No cookie is read or set.
import { z } from "zod";
import type { Db } from "../db/connection.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { signInSchema } from "../auth/schemas.ts";
import { signInWithPassword } from "../auth/sign-in.ts";
import { clientAddress, trustedProxyHops } from "../auth/client-address.ts";
import { signInCodeSchema } from "../account/schemas.ts";
import { plainString } from "../forms/fields.ts";
import { logger } from "../log/logger.ts";
import { ApiProblem } from "./problem.ts";
import { openApiSession, refreshApiSession, type TokenPair } from "./tokens.ts";
import { apiTranslator, localeOf } from "./translator.ts";

const passwordGrant = signInSchema.extend({
  grantType: z.literal("password"),
  code: signInCodeSchema.meta({
    description: "The authenticator app's 6-digit code or a recovery code, where the account uses two-factor sign-in.",
  }),
  client: plainString()
    .trim()
    .max(60, "errors.invalidField")
    .optional()
    .transform((v) => v || "API")
    .meta({ description: "What the client calls itself; the user sees it on /account beside the session." }),
});

const refreshGrant = z.object({
  grantType: z.literal("refresh_token"),
  refreshToken: z.string().min(1, "api.errors.refreshInvalid").max(200, "api.errors.refreshInvalid"),
});

export const tokenRequestSchema = z
  .discriminatedUnion("grantType", [passwordGrant, refreshGrant], { message: "errors.invalidField" })
  .meta({ id: "TokenRequest" });

export const tokenResponseSchema = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().meta({ description: "Seconds until the access token expires." }),
    refreshExpiresAt: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "TokenPair" });

function pairBody(pair: TokenPair) {
  return {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    tokenType: pair.tokenType,
    expiresIn: pair.expiresIn,
    refreshExpiresAt: pair.refreshExpiresAt.toISOString(),
  } satisfies z.input<typeof tokenResponseSchema>;
}

const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });

async function readFields(request: Request): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    return Object.fromEntries([...(await request.formData()).entries()].filter(([, v]) => typeof v === "string"));
  }
  return JSON.parse((await request.text()) || "{}");
}

export async function answerTokenRequest(request: Request, db: () => Db): Promise<Response> {
  const t = apiTranslator(localeOf(request.headers.get("accept-language")));
  const problem = (p: ApiProblem) => jsonAnswer(p.status, p.body(), p.headers);
  let raw: unknown;
  try {
    raw = await readFields(request);
  } catch {
    return problem(new ApiProblem("badBody", t("api.errors.badBody")));
  }
  const parsed = tokenRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      (fields[issue.path.map(String).join(".") || "grantType"] ??= []).push(t(issue.message));
    }
    return problem(new ApiProblem("invalidInput", t("errors.invalidInput"), fields));
  }
  const address = clientAddress(request.headers, trustedProxyHops());
  try {
    const input = parsed.data;
    if (input.grantType === "refresh_token") {
      const outcome = await refreshApiSession(db(), input.refreshToken, address);
      if (!outcome.ok) {
        if (outcome.reason === "reused") logger.warn("api refresh token presented twice: session ended");
        return problem(new ApiProblem("refreshInvalid", t("api.errors.refreshInvalid")));
      }
      return jsonAnswer(200, pairBody(outcome.tokens));
    }
    const result = await signInWithPassword(db(), { ...input, address });
    if (!result.ok) {
      switch (result.reason) {
        case "THROTTLED":
          return problem(
            new ApiProblem("throttled", t("api.errors.throttled", { minutes: result.minutes }), undefined, {
              "retry-after": String(result.minutes * 60),
            }),
          );
        case "CODE_REQUIRED":
          return problem(new ApiProblem("codeRequired", t("api.errors.codeRequired")));
        case "CODE_INVALID":
          return problem(new ApiProblem("codeInvalid", t("api.errors.codeInvalid")));
        default:
          return problem(new ApiProblem("credentialsInvalid", t("api.errors.credentialsInvalid")));
      }
    }
    if (result.twoFactorPending) return problem(new ApiProblem("twoFactorSetup", t("api.errors.twoFactorSetup")));
    const session = await openApiSession(
      db(),
      { id: result.user.id, tokenVersion: result.tokenVersion },
      input.client,
      address,
    );
    return jsonAnswer(200, pairBody(session));
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      return problem(new ApiProblem("busy", t("errors.busy"), undefined, { "retry-after": "5" }));
    }
    logger.error({ err: error }, "api token request failed");
    return problem(new ApiProblem("unexpected", t("errors.unexpected")));
  }
}

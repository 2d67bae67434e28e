// The API's contract: an OpenAPI 3.1 document generated from the registry's zod schemas, so that
// what is documented is what the door checks and answers. docs/api/openapi-v1.json holds the
// published copy; a test keeps the two equal, so a change of the contract is a reviewed change.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_PREFIX } from "./door.ts";
import type { ApiEndpoint } from "./endpoint.ts";
import { ERROR_STATUS, type ApiErrorCode } from "./problem.ts";
import { API_ENDPOINTS } from "./registry.ts";
import { tokenRequestSchema, tokenResponseSchema } from "./token-endpoint.ts";
import { ACCESS_TOKEN_MINUTES, DEFAULT_RATE_LIMIT, REFRESH_TOKEN_DAYS } from "./tokens.ts";
import { IDEMPOTENCY_HOURS } from "./idempotency.ts";

/** The contract's version: a change that breaks clients bumps the major and gets a new prefix. */
export const API_VERSION = "1.0.0";

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ApiErrorCode, ...ApiErrorCode[]]),
      message: z
        .string()
        .meta({ description: "For people, in the Accept-Language of the request (Chinese or English)." }),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Messages per input field, as the portal's form would show them." }),
    }),
  })
  .meta({ id: "Error" });

const errorContent = { "application/json": { schema: apiErrorSchema } };
const retryAfter = z.object({
  "Retry-After": z.string().meta({ description: "Seconds to wait before trying again." }),
});

const ERROR_TEXT: Record<number, string> = {
  400: "The request is malformed (body, Idempotency-Key).",
  401: "No token, or a token that is invalid, expired or revoked.",
  403: "The user's role may not do this.",
  404: "No such record in the user's scope.",
  409: "The record changed since the version sent, or its state does not allow the step.",
  413: "The body is too large.",
  415: "The body is neither JSON nor form data.",
  422: "Invalid input; `error.fields` names the fields.",
  429: "Too many requests with this token.",
  500: "An unexpected failure; nothing was written.",
  503: "The service is busy; nothing was written.",
};

function errorResponses(endpoint: ApiEndpoint) {
  const statuses = [401, 403, 429, 500, 503];
  if (endpoint.params) statuses.push(404);
  if (endpoint.params || endpoint.query || endpoint.body || endpoint.formBody) statuses.push(422);
  if (endpoint.method === "POST") statuses.push(400, 409, 413, 415);
  return Object.fromEntries(
    statuses.sort().map((status) => [
      String(status),
      {
        description: ERROR_TEXT[status]!,
        content: errorContent,
        ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
      },
    ]),
  );
}

const idempotencyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .optional()
    .meta({
      description: `Any 1–200 visible ASCII characters, new for each new request. A retry with the same key and body within ${IDEMPOTENCY_HOURS} hours gets the first answer again (with Idempotent-Replayed: true) and changes nothing.`,
    }),
});

function operationOf(endpoint: ApiEndpoint): ZodOpenApiOperationObject {
  const content: Record<string, { schema: z.ZodType }> = {};
  if (endpoint.body) content["application/json"] = { schema: endpoint.body };
  if (endpoint.formBody) content["multipart/form-data"] = { schema: endpoint.formBody };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    requestParams: {
      ...(endpoint.params ? { path: endpoint.params } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.method === "POST" ? { header: idempotencyHeader } : {}),
    },
    ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(endpoint.successStatus ?? 200)]: {
        description: "OK",
        content: { "application/json": { schema: endpoint.response } },
      },
      ...errorResponses(endpoint),
    },
  };
}

const tokenOperation: ZodOpenApiOperationObject = {
  operationId: "requestToken",
  summary: `Sign in (password grant, with the two-factor code where the account uses one) or trade a refresh token (refresh_token grant). The access token lasts ${ACCESS_TOKEN_MINUTES} minutes, the refresh token ${REFRESH_TOKEN_DAYS} days and works once: each refresh answers a new pair.`,
  tags: ["Session"],
  security: [],
  requestBody: {
    required: true,
    content: {
      "application/json": { schema: tokenRequestSchema },
      "application/x-www-form-urlencoded": { schema: tokenRequestSchema },
    },
  },
  responses: {
    "200": { description: "A new token pair.", content: { "application/json": { schema: tokenResponseSchema } } },
    "400": { description: ERROR_TEXT[400]!, content: errorContent },
    "401": {
      description:
        "Wrong credentials (`credentialsInvalid`), a code is needed (`codeRequired`) or wrong (`codeInvalid`), or the refresh token is not valid (`refreshInvalid`).",
      content: errorContent,
    },
    "403": {
      description: "The bureau requires two-factor sign-in and the user has not set it up (`twoFactorSetup`).",
      content: errorContent,
    },
    "422": { description: ERROR_TEXT[422]!, content: errorContent },
    "429": { description: "Too many failed sign-ins (`throttled`).", content: errorContent, headers: retryAfter },
    "500": { description: ERROR_TEXT[500]!, content: errorContent },
    "503": { description: ERROR_TEXT[503]!, content: errorContent, headers: retryAfter },
  },
};

const attachmentOperation: ZodOpenApiOperationObject = {
  operationId: "getAttachment",
  summary: "The bytes of a photo or PDF of a record the user may see (its id is in the record's `attachments`).",
  tags: ["Attachments"],
  requestParams: { path: z.object({ id: z.string().meta({ description: "The attachment's id." }) }) },
  responses: {
    "200": {
      description: "The file, with its type and a Content-Disposition naming it.",
      content: {
        "image/*": { schema: z.string().meta({ format: "binary" }) },
        "application/pdf": { schema: z.string().meta({ format: "binary" }) },
      },
    },
    "401": { description: ERROR_TEXT[401]!, content: errorContent },
    "403": { description: ERROR_TEXT[403]!, content: errorContent },
    "404": { description: "No such file in the user's scope (an empty answer)." },
    "429": { description: ERROR_TEXT[429]!, content: errorContent, headers: retryAfter },
  },
};

export type ApiDocument = ReturnType<typeof createDocument>;

export function apiDocument(registry: readonly ApiEndpoint[] = API_ENDPOINTS) {
  const paths: ZodOpenApiPathsObject = {
    "/auth/token": { post: tokenOperation },
    "/attachments/{id}": { get: attachmentOperation },
  };
  for (const endpoint of registry) {
    const method = endpoint.method.toLowerCase() as "get" | "post";
    paths[endpoint.path] = { ...paths[endpoint.path], [method]: operationOf(endpoint) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "警企通 API",
      version: API_VERSION,
      description: `The portal's API for phone apps and mini-programs: the same users, rules and messages as the web pages. Send the access token as \`Authorization: Bearer …\`; each token may make ${DEFAULT_RATE_LIMIT} requests a minute. Live updates: \`GET ${API_PREFIX}/events\` (Server-Sent Events) with the same header.`,
    },
    servers: [{ url: API_PREFIX }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  });
}

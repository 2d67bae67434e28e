// One shape for every refusal of the API: a stable code for programs, a message in the reader's
// language for people, and the field messages of the form the same input would have shown.
import type { FailureCode } from "../auth/action-core.ts";
import type { FieldErrors } from "../auth/errors.ts";

export type ApiErrorCode =
  | FailureCode
  | "tokenMissing"
  | "tokenInvalid"
  | "refreshInvalid"
  | "rateLimited"
  | "credentialsInvalid"
  | "codeRequired"
  | "codeInvalid"
  | "throttled"
  | "twoFactorSetup"
  | "idempotencyKeyInvalid"
  | "idempotencyKeyReused"
  | "idempotencyInProgress"
  | "unknownEndpoint"
  | "methodNotAllowed"
  | "badBody"
  | "unsupportedMediaType"
  | "tooLarge";

export const ERROR_STATUS: Record<ApiErrorCode, number> = {
  foreignOrigin: 403,
  signedOut: 401,
  forbidden: 403,
  invalidInput: 422,
  notFound: 404,
  conflict: 409,
  rejected: 409,
  busy: 503,
  unexpected: 500,
  tokenMissing: 401,
  tokenInvalid: 401,
  refreshInvalid: 401,
  rateLimited: 429,
  credentialsInvalid: 401,
  codeRequired: 401,
  codeInvalid: 401,
  throttled: 429,
  twoFactorSetup: 403,
  idempotencyKeyInvalid: 400,
  idempotencyKeyReused: 422,
  idempotencyInProgress: 409,
  unknownEndpoint: 404,
  methodNotAllowed: 405,
  badBody: 400,
  unsupportedMediaType: 415,
  tooLarge: 413,
};

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; fields?: FieldErrors } };

export class ApiProblem {
  constructor(
    readonly code: ApiErrorCode,
    readonly message: string,
    readonly fields?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {}

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

// Errors a command throws on purpose. Their keys are i18n message keys; the action wrapper
// translates them for the user. Anything else that escapes a command is logged and shown generically.

import type { ListValues } from "../i18n/list-style.ts";

export type FieldErrors = Record<string, string[]>;

export class ActionError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: FieldErrors,
    /** Lists among them are written out in the reader's language (lib/i18n/list-style.ts). */
    readonly values?: ListValues,
  ) {
    super(key);
    this.name = "ActionError";
  }
}

/** The record does not exist or is outside the user's scope; both answer the same. */
export class NotFoundError extends ActionError {
  constructor() {
    super("errors.notFound");
    this.name = "NotFoundError";
  }
}

/** Someone else changed the record since the user loaded it (optimistic concurrency). */
export class ConflictError extends ActionError {
  constructor() {
    super("errors.conflict");
    this.name = "ConflictError";
  }
}

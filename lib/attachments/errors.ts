// The message keys of an attachment field's refusals, apart from the checks that raise them
// (file-checks.ts): a file input names one before any file is chosen, and loads the checks after.
export const ATTACHMENT_ERRORS = {
  invalid: "attachments.errors.invalid",
  tooMany: "attachments.errors.tooMany",
  tooLarge: "attachments.errors.tooLarge",
  empty: "attachments.errors.empty",
  type: "attachments.errors.type",
} as const;

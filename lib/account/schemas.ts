import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";
import { PASSWORD_MAX_LENGTH } from "../auth/password-policy.ts";
import { idField } from "../forms/fields.ts";

/** The password a user already has; only checked against their hash, so only its presence is validated here. */
const currentPasswordField = z
  .string({ message: "account.errors.currentRequired" })
  .min(1, "account.errors.currentRequired")
  .max(PASSWORD_MAX_LENGTH, "account.errors.currentWrong");

/**
 * The new password's strength is checked by the command with newPasswordField, which needs the
 * user's own name and username; here only that both entries agree.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordField,
    newPassword: z
      .string({ message: "validation.password.tooShort" })
      .max(PASSWORD_MAX_LENGTH, "validation.password.tooLong"),
    confirmPassword: z.string({ message: "account.errors.confirmMismatch" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "account.errors.confirmMismatch",
  });
export type ChangePassword = z.output<typeof changePasswordSchema>;

export const preferredLocaleSchema = z.object({ locale: z.enum(LOCALES, { message: "errors.invalidField" }) });
export type PreferredLocale = z.output<typeof preferredLocaleSchema>;

/** Actions without input (signing out everywhere or every app, starting two-factor set-up). */
export const noInputSchema = z.object({});

/** One of the user's own API sessions, from the account page's list. */
export const apiSessionIdSchema = z.object({ sessionId: idField });
export type ApiSessionIdInput = z.output<typeof apiSessionIdSchema>;

/** A six-digit code from the app; spaces between the digits are allowed. */
export const totpCodeSchema = z.object({
  code: z
    .string({ message: "account.errors.codeInvalid" })
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "account.errors.codeInvalid"),
});
export type TotpCodeInput = z.output<typeof totpCodeSchema>;

export const disableTwoFactorSchema = z.object({ currentPassword: currentPasswordField });
export type DisableTwoFactor = z.output<typeof disableTwoFactorSchema>;

export const twoFactorRequirementSchema = z.object({
  required: z.enum(["yes", "no"], { message: "errors.invalidField" }).transform((v) => v === "yes"),
});
export type TwoFactorRequirement = z.output<typeof twoFactorRequirementSchema>;

/** The optional code field of the sign-in form: a TOTP code or a recovery code; empty means none. */
export const signInCodeSchema = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => v || undefined);

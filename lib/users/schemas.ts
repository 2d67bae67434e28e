import { z } from "zod";
import { Role } from "../db/generated/enums.ts";
import { idField, optionalIdField, optionalText, plainString, requiredText } from "../forms/fields.ts";
import { newPasswordField } from "../auth/password-policy.ts";
import { normaliseMobile, MOBILE_MESSAGES } from "../validation/mobile.ts";

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;

/**
 * Usernames are case-insensitive: kept in lower case (the database refuses anything else), so
 * "Wang.Li" and "wang.li" are one name. Letters, digits and . _ - only, so that a name reads the same
 * on every screen and in every log.
 */
export const usernameField = plainString("users.errors.username")
  .trim()
  .toLowerCase()
  .min(USERNAME_MIN, "users.errors.username")
  .max(USERNAME_MAX, "users.errors.username")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "users.errors.username");

/** A mobile number, optional: kept as its bare 11 digits. */
const phoneField = plainString()
  .trim()
  .max(32, MOBILE_MESSAGES.format)
  .optional()
  .default("")
  .transform((value, ctx) => {
    if (value === "") return "";
    const normal = normaliseMobile(value);
    if (!normal) ctx.addIssue({ code: "custom", message: MOBILE_MESSAGES.format });
    return normal ?? "";
  });

const roleField = z.enum(Role, { message: "users.errors.role" });

const accountShape = {
  username: usernameField,
  role: roleField,
  name: requiredText(1, 50, "users.errors.name"),
  nameEn: optionalText(100, "users.errors.nameEnTooLong"),
  title: optionalText(50, "users.errors.titleTooLong"),
  phone: phoneField,
  stationId: optionalIdField,
  workstationId: optionalIdField,
  departmentId: optionalIdField,
  enterpriseId: optionalIdField,
};

type AccountShape = z.output<z.ZodObject<typeof accountShape>>;

/**
 * Where each role belongs: an officer to a station (and, optionally, a workstation and a department;
 * a supporting department's officer may have the department alone, as sessions allow), a liaison to
 * one enterprise, a chief and an administrator to the bureau alone. These checks run even when other
 * fields are wrong, so that the form marks every problem at once.
 */
const officerPlaced = (v: AccountShape) => v.role !== "OFFICER" || Boolean(v.stationId || v.departmentId);
const liaisonPlaced = (v: AccountShape) => v.role !== "LIAISON" || Boolean(v.enterpriseId);
// Run even when other fields failed, but only on an object: a request whose body is not one at all
// (null, a number) is refused by the object check alone.
const onObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;
const OFFICER_RULE = { message: "users.errors.stationRequired", path: ["stationId"], when: onObject };
const LIAISON_RULE = { message: "users.errors.enterpriseRequired", path: ["enterpriseId"], when: onObject };

/** Fields that do not apply to the chosen role are dropped, so a form that still sends them cannot widen a scope. */
function dropUnplaced<T extends AccountShape>(account: T): T {
  const { role } = account;
  return {
    ...account,
    stationId: role === "OFFICER" ? account.stationId : undefined,
    workstationId: role === "OFFICER" ? account.workstationId : undefined,
    departmentId: role === "OFFICER" ? account.departmentId : undefined,
    enterpriseId: role === "LIAISON" ? account.enterpriseId : undefined,
  };
}

export const accountFieldsSchema = z
  .object(accountShape)
  .refine(officerPlaced, OFFICER_RULE)
  .refine(liaisonPlaced, LIAISON_RULE)
  .transform(dropUnplaced);
export type AccountFields = z.output<typeof accountFieldsSchema>;

/** The moment the form read the account: a change since then is a conflict, never a silent overwrite. */
const seenField = plainString("errors.invalidField")
  .trim()
  .refine((s) => !Number.isNaN(Date.parse(s)), "errors.invalidField")
  .transform((s) => new Date(s));

const accountRef = { userId: idField, seen: seenField };

export const updateAccountSchema = z
  .object({ ...accountShape, ...accountRef })
  .refine(officerPlaced, OFFICER_RULE)
  .refine(liaisonPlaced, LIAISON_RULE)
  .transform(dropUnplaced);
export type UpdateAccountInput = z.output<typeof updateAccountSchema>;

export const setAccountActiveSchema = z.object({
  ...accountRef,
  // Sent by the form as a hidden "true"/"false": which way the admin meant to switch.
  active: z.enum(["true", "false"], { message: "errors.invalidField" }).transform((v) => v === "true"),
});
export type SetAccountActiveInput = z.output<typeof setAccountActiveSchema>;

export const accountIdSchema = z.object({ userId: idField });

/** A new liaison for an enterprise, from the enterprise's page. */
export const inviteLiaisonSchema = z.object({
  enterpriseId: idField,
  username: usernameField,
  name: requiredText(1, 50, "users.errors.name"),
  phone: phoneField,
});
export type InviteLiaisonInput = z.output<typeof inviteLiaisonSchema>;

/** A token as the link carries it: 32 random bytes in base64url, 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const setPasswordSchema = z
  .object({
    token: plainString("users.reset.invalid").regex(TOKEN_PATTERN, "users.reset.invalid"),
    password: z.string({ message: "validation.password.tooShort" }),
    confirm: z.string({ message: "users.errors.confirmMismatch" }),
  })
  .refine((v) => v.password === v.confirm, { message: "users.errors.confirmMismatch", path: ["confirm"] });
export type SetPasswordInput = z.output<typeof setPasswordSchema>;

/** The password rule with what an attacker would try first for this account. */
export const passwordFor = (personal: readonly string[]) => newPasswordField(personal);

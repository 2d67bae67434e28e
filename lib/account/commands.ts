import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, ConflictError, NotFoundError } from "../auth/errors.ts";
import { assertAllowed } from "../auth/question.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { newPasswordField } from "../auth/password-policy.ts";
import { recordAudit } from "../audit/record.ts";
import { revokeAllApiSessions, revokeOwnApiSession } from "../api/tokens.ts";
import { clock } from "../time/clock.ts";
import { canRequireTwoFactor, canUseOwnAccount, isCoveredByTwoFactorRequirement } from "./policy.ts";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes.ts";
import { open, seal } from "./secret-box.ts";
import { acceptedStep, newTotpSecret } from "./totp.ts";
import { isTwoFactorRequired, REQUIRE_TWO_FACTOR_KEY } from "./two-factor-requirement.ts";
import type {
  ApiSessionIdInput,
  ChangePassword,
  DisableTwoFactor,
  PreferredLocale,
  TotpCodeInput,
  TwoFactorRequirement,
} from "./schemas.ts";

/**
 * The token versions before and after a command that ends the user's other sessions; the action
 * carries the current session over to the new version only if it still held the old one.
 */
export type TokenVersionChange = { from: number; to: number };

async function ownAccount(user: SessionUser) {
  assertAllowed(user, canUseOwnAccount);
  const row = await getDb().user.findUnique({
    where: { id: user.id },
    select: { id: true, username: true, name: true, passwordHash: true, tokenVersion: true, active: true },
  });
  // The session is re-checked every minute; a disabled account may still be inside that minute.
  if (!row?.active) throw new ActionError("errors.signedOut");
  return row;
}

async function requireCurrentPassword(passwordHash: string, currentPassword: string) {
  if (!(await verifyPassword(passwordHash, currentPassword))) {
    throw new ActionError("errors.invalidInput", { currentPassword: ["account.errors.currentWrong"] });
  }
}

/**
 * A new password, with the current one as proof. Every other session ends (the token version moves
 * on); it must be strong enough and differ from the old one, which is checked against the old hash
 * because the old password itself is never stored.
 */
export async function changePassword(user: SessionUser, input: ChangePassword): Promise<TokenVersionChange> {
  const account = await ownAccount(user);
  await requireCurrentPassword(account.passwordHash, input.currentPassword);
  const strength = newPasswordField([account.username, account.name]).safeParse(input.newPassword);
  if (!strength.success) {
    throw new ActionError("errors.invalidInput", { newPassword: strength.error.issues.map((i) => i.message) });
  }
  if (await verifyPassword(account.passwordHash, input.newPassword)) {
    throw new ActionError("errors.invalidInput", { newPassword: ["account.errors.sameAsOld"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return getDb().$transaction(async (tx) => {
    // Compare-and-set on the hash read: two changes at once must not both succeed silently.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: account.passwordHash, tokenVersion: account.tokenVersion },
      data: { passwordHash, tokenVersion: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, user, { action: "account.passwordChange", entity: "User", entityId: user.id });
    return { from: account.tokenVersion, to: account.tokenVersion + 1 };
  });
}

/** The language the portal shows this user after each sign-in. A preference, so not audited. */
export async function setPreferredLocale(user: SessionUser, input: PreferredLocale): Promise<PreferredLocale> {
  assertAllowed(user, canUseOwnAccount);
  await getDb().user.update({ where: { id: user.id }, data: { locale: input.locale } });
  return input;
}

/** Ends every session of the account, the current one included (the action then signs it out). */
export async function signOutEverywhere(user: SessionUser): Promise<TokenVersionChange> {
  const account = await ownAccount(user);
  return getDb().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { tokenVersion: { increment: 1 } },
      select: { tokenVersion: true },
    });
    await recordAudit(tx, user, { action: "account.signOutEverywhere", entity: "User", entityId: user.id });
    return { from: account.tokenVersion, to: updated.tokenVersion };
  });
}

/**
 * Signs one app out: its session is revoked and the API refuses it from its next request. Only the
 * user's own sessions: any other id (another user's, one already ended) answers not found.
 */
export async function signOutApp(user: SessionUser, input: ApiSessionIdInput): Promise<null> {
  await ownAccount(user);
  return getDb().$transaction(async (tx) => {
    const session = await tx.apiSession.findFirst({
      where: { id: input.sessionId, userId: user.id, revokedAt: null },
      select: { id: true, client: true },
    });
    if (!session || !(await revokeOwnApiSession(tx, user.id, session.id))) throw new NotFoundError();
    await recordAudit(tx, user, {
      action: "account.signOutApp",
      entity: "User",
      entityId: user.id,
      after: { client: session.client },
    });
    return null;
  });
}

/** Signs every app out at once; the browser sessions stay (that is "sign out everywhere"). */
export async function signOutAllApps(user: SessionUser): Promise<{ ended: number }> {
  await ownAccount(user);
  return getDb().$transaction(async (tx) => {
    const ended = await revokeAllApiSessions(tx, user.id, user.id);
    await recordAudit(tx, user, {
      action: "account.signOutAllApps",
      entity: "User",
      entityId: user.id,
      after: { apiSessionsEnded: ended },
    });
    return { ended };
  });
}

/**
 * Starts setting up two-factor sign-in: a new secret, stored encrypted, not yet in force. Starting
 * again replaces an unconfirmed secret (a lost QR code is simply scanned anew).
 */
export async function startTwoFactor(user: SessionUser): Promise<null> {
  assertAllowed(user, canUseOwnAccount);
  const { count } = await getDb().user.updateMany({
    where: { id: user.id, totpEnabledAt: null },
    data: { totpSecret: seal(newTotpSecret()), totpLastStep: null },
  });
  if (count !== 1) throw new ActionError("account.errors.twoFactorAlreadyOn");
  return null;
}

/**
 * Confirms the set-up with a code from the app, which proves the secret reached the phone, and
 * returns ten recovery codes: they are shown this once and only their hashes are kept.
 */
export async function confirmTwoFactor(user: SessionUser, input: TotpCodeInput): Promise<{ recoveryCodes: string[] }> {
  assertAllowed(user, canUseOwnAccount);
  const db = getDb();
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!row || row.totpEnabledAt) throw new ActionError("account.errors.twoFactorAlreadyOn");
  const secret = row.totpSecret ? open(row.totpSecret) : null;
  if (!secret) throw new ActionError("account.errors.setupExpired");
  const now = clock.now();
  const step = acceptedStep(secret, input.code, now, null);
  if (step === null) throw new ActionError("errors.invalidInput", { code: ["account.errors.codeInvalid"] });
  const recoveryCodes = newRecoveryCodes();
  return db.$transaction(async (tx) => {
    // The secret checked must still be the one stored: a second set-up started meanwhile wins.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: row.totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) throw new ConflictError();
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
    });
    await recordAudit(tx, user, { action: "account.twoFactorOn", entity: "User", entityId: user.id });
    return { recoveryCodes };
  });
}

/**
 * Turns two-factor sign-in off, with the current password as proof (a session left open on a shared
 * computer must not be enough). Refused while the bureau requires it for the user's role.
 */
export async function disableTwoFactor(user: SessionUser, input: DisableTwoFactor): Promise<null> {
  const account = await ownAccount(user);
  await requireCurrentPassword(account.passwordHash, input.currentPassword);
  const db = getDb();
  if (isCoveredByTwoFactorRequirement(user) && (await isTwoFactorRequired(db, user.bureauId))) {
    throw new ActionError("account.errors.twoFactorRequired");
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (count !== 1) throw new ActionError("account.errors.twoFactorAlreadyOff");
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, user, { action: "account.twoFactorOff", entity: "User", entityId: user.id });
    return null;
  });
}

/**
 * The bureau setting that requires chiefs and administrators to sign in with a second factor. The
 * administrator turning it on must use one already, or the setting would lock them out of the page
 * where it can be turned off again.
 */
export async function setTwoFactorRequirement(user: SessionUser, input: TwoFactorRequirement): Promise<null> {
  assertAllowed(user, canRequireTwoFactor);
  return getDb().$transaction(async (tx) => {
    const before = await isTwoFactorRequired(tx, user.bureauId);
    if (before === input.required) return null;
    if (input.required) {
      const own = await tx.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
      if (!own?.totpEnabledAt) throw new ActionError("account.errors.enrolFirst");
    }
    await tx.setting.upsert({
      where: { bureauId_key: { bureauId: user.bureauId, key: REQUIRE_TWO_FACTOR_KEY } },
      create: { bureauId: user.bureauId, key: REQUIRE_TWO_FACTOR_KEY, value: input.required },
      update: { value: input.required },
    });
    await recordAudit(tx, user, {
      action: "settings.requireTwoFactor",
      entity: "Setting",
      entityId: REQUIRE_TWO_FACTOR_KEY,
      before: { required: before },
      after: { required: input.required },
    });
    return null;
  });
}

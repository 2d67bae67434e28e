import "server-only";
import { getDb, Prisma } from "../db/index.ts";
import type { PasswordTokenPurpose, Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError, ConflictError, NotFoundError } from "../auth/errors.ts";
import { hashPassword } from "../auth/password.ts";
import { recordAudit } from "../audit/record.ts";
import { revokeAllApiSessions } from "../api/tokens.ts";
import { updateIfStill } from "../concurrency/update-if-unchanged.ts";
import { passwordLinkSender, type Delivery } from "./delivery.ts";
import { accountBureau } from "./policy.ts";
import {
  passwordFor,
  type AccountFields,
  type InviteLiaisonInput,
  type SetAccountActiveInput,
  type SetPasswordInput,
  type UpdateAccountInput,
} from "./schemas.ts";
import { accountThrottleWhere } from "./throttle-keys.ts";
import { consumeToken, inspectToken, issueToken } from "./tokens.ts";

type Tx = Prisma.TransactionClient;

const fieldError = (field: string, key: string) => new ActionError("errors.invalidInput", { [field]: [key] });

const ACCOUNT_FIELDS = [
  "username",
  "role",
  "name",
  "nameEn",
  "title",
  "phone",
  "stationId",
  "workstationId",
  "departmentId",
  "enterpriseId",
] as const;
type AccountField = (typeof ACCOUNT_FIELDS)[number];

/** Fields a session carries or is scoped by: changing one ends the account's sessions. */
const SESSION_FIELDS: readonly AccountField[] = ["role", "stationId", "departmentId", "enterpriseId"];

type AccountValues = {
  [F in AccountField]: F extends `${string}Id` ? string | null : F extends "role" ? Role : string;
};

const valuesOf = (input: AccountFields): AccountValues => ({
  username: input.username,
  role: input.role,
  name: input.name,
  nameEn: input.nameEn,
  title: input.title,
  phone: input.phone,
  stationId: input.stationId ?? null,
  workstationId: input.workstationId ?? null,
  departmentId: input.departmentId ?? null,
  enterpriseId: input.enterpriseId ?? null,
});

/** The units chosen for an account exist in the admin's own bureau, are in use, and fit together. */
async function checkPlacement(tx: Tx, bureauId: string, input: AccountFields) {
  if (input.stationId) {
    const station = await tx.station.findFirst({
      where: { id: input.stationId, bureauId, active: true },
      select: { id: true },
    });
    if (!station) throw fieldError("stationId", "users.errors.stationUnknown");
  }
  if (input.workstationId) {
    const workstation = await tx.workstation.findFirst({
      where: { id: input.workstationId, bureauId, active: true },
      select: { stationId: true },
    });
    if (!workstation) throw fieldError("workstationId", "users.errors.workstationUnknown");
    if (workstation.stationId !== input.stationId) throw fieldError("workstationId", "users.errors.workstationStation");
  }
  if (input.departmentId) {
    const department = await tx.department.findFirst({
      where: { id: input.departmentId, bureauId, active: true },
      select: { id: true },
    });
    if (!department) throw fieldError("departmentId", "users.errors.departmentUnknown");
  }
  if (input.enterpriseId) {
    const enterprise = await tx.enterprise.findFirst({
      where: { id: input.enterpriseId, bureauId, active: true },
      select: { id: true },
    });
    if (!enterprise) throw fieldError("enterpriseId", "users.errors.enterpriseUnknown");
  }
}

/** A username is one person's across the deployment; the unique index settles two concurrent claims. */
async function answeringTakenUsername<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw fieldError("username", "users.errors.usernameTaken");
    throw error;
  }
}

async function usernameTaken(tx: Tx, username: string, exceptId?: string) {
  const holder = await tx.user.findFirst({
    where: { username, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return holder !== null;
}

/**
 * Taking an account out of the active administrators (demoting or disabling it) must leave the bureau
 * another one, or nobody could manage its accounts again. The bureau's active administrators are
 * locked first, so two administrators demoting each other at once cannot both pass the count.
 */
async function keepAnAdministrator(tx: Tx, bureauId: string, targetId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "bureauId" = ${bureauId} AND "role" = 'ADMIN' AND "active" FOR UPDATE`;
  if (!admins.some((a) => a.id !== targetId)) throw new ActionError("users.errors.lastAdmin");
}

async function deliverLink(
  issued: { path: string; expiresAt: Date; purpose: PasswordTokenPurpose },
  recipient: { username: string; name: string; phone: string },
): Promise<Delivery> {
  return passwordLinkSender().deliver({ ...issued, recipient });
}

export type CreatedAccount = { id: string; username: string; delivery: Delivery };

/**
 * Creates an account without a password and issues its invitation: the link lets the person choose
 * their own password, so no administrator ever knows it.
 */
export async function createAccount(user: SessionUser, input: AccountFields): Promise<CreatedAccount> {
  const bureauId = accountBureau(user);
  const values = valuesOf(input);
  const { created, issued } = await answeringTakenUsername(() =>
    getDb().$transaction(async (tx) => {
      if (await usernameTaken(tx, input.username)) throw fieldError("username", "users.errors.usernameTaken");
      await checkPlacement(tx, bureauId, input);
      const created = await tx.user.create({
        data: { ...values, bureauId, passwordHash: "" },
        select: { id: true, username: true, name: true, phone: true },
      });
      const issued = await issueToken(tx, { userId: created.id, purpose: "INVITE", createdById: user.id });
      await recordAudit(tx, user, { action: "user.create", entity: "User", entityId: created.id, after: values });
      await recordAudit(tx, user, {
        action: "user.invite",
        entity: "User",
        entityId: created.id,
        after: { expiresAt: issued.expiresAt.toISOString() },
      });
      return { created, issued };
    }),
  );
  return { id: created.id, username: created.username, delivery: await deliverLink(issued, created) };
}

/** A liaison account for an enterprise, from the enterprise's page: the same account and invitation. */
export async function inviteLiaison(user: SessionUser, input: InviteLiaisonInput): Promise<CreatedAccount> {
  return createAccount(user, {
    username: input.username,
    role: "LIAISON",
    name: input.name,
    nameEn: "",
    title: "",
    phone: input.phone,
    enterpriseId: input.enterpriseId,
    stationId: undefined,
    workstationId: undefined,
    departmentId: undefined,
  });
}

async function findAccount(tx: Tx, bureauId: string, userId: string) {
  const current = await tx.user.findFirst({ where: { id: userId, bureauId } });
  if (!current) throw new NotFoundError();
  return current;
}

function assertSeen(current: { updatedAt: Date }, seen: Date) {
  if (current.updatedAt.getTime() !== seen.getTime()) throw new ConflictError();
}

/**
 * Changes an account against the state the admin saw. A change of role or of the unit that scopes the
 * account (station, department, enterprise) ends its sessions within a minute.
 */
export async function updateAccount(user: SessionUser, input: UpdateAccountInput) {
  const bureauId = accountBureau(user);
  const values = valuesOf(input);
  return answeringTakenUsername(() =>
    getDb().$transaction(async (tx) => {
      const current = await findAccount(tx, bureauId, input.userId);
      assertSeen(current, input.seen);
      const changed = ACCOUNT_FIELDS.filter((f) => (current[f] ?? null) !== values[f]);
      if (changed.length === 0) return { id: current.id, changed };
      if (changed.includes("role") && current.role === "ADMIN") {
        if (current.id === user.id) throw fieldError("role", "users.errors.selfDemote");
        if (current.active) await keepAnAdministrator(tx, bureauId, current.id);
      }
      if (changed.includes("username") && (await usernameTaken(tx, input.username, current.id)))
        throw fieldError("username", "users.errors.usernameTaken");
      await checkPlacement(tx, bureauId, input);
      const endsSessions = changed.some((f) => SESSION_FIELDS.includes(f));
      const data = Object.fromEntries(changed.map((f) => [f, values[f]])) as Prisma.UserUncheckedUpdateManyInput;
      await updateIfStill(
        tx.user,
        { id: current.id, bureauId, updatedAt: current.updatedAt },
        { ...data, ...(endsSessions ? { tokenVersion: { increment: 1 } } : {}) },
      );
      await recordAudit(tx, user, {
        action: "user.update",
        entity: "User",
        entityId: current.id,
        before: Object.fromEntries(changed.map((f) => [f, current[f] ?? null])),
        after: { ...Object.fromEntries(changed.map((f) => [f, values[f]])), sessionsEnded: endsSessions },
      });
      return { id: current.id, changed };
    }),
  );
}

/** Disables (its sessions end within a minute) or re-enables an account. */
export async function setAccountActive(user: SessionUser, input: SetAccountActiveInput) {
  const bureauId = accountBureau(user);
  return getDb().$transaction(async (tx) => {
    const current = await findAccount(tx, bureauId, input.userId);
    assertSeen(current, input.seen);
    if (current.active === input.active)
      throw new ActionError(input.active ? "users.errors.alreadyActive" : "users.errors.alreadyDisabled");
    if (!input.active) {
      if (current.id === user.id) throw new ActionError("users.errors.selfDisable");
      if (current.role === "ADMIN") await keepAnAdministrator(tx, bureauId, current.id);
    }
    await updateIfStill(
      tx.user,
      { id: current.id, bureauId, updatedAt: current.updatedAt, active: current.active },
      { active: input.active, ...(input.active ? {} : { tokenVersion: { increment: 1 } }) },
    );
    await recordAudit(tx, user, {
      action: input.active ? "user.enable" : "user.disable",
      entity: "User",
      entityId: current.id,
      before: { active: current.active },
      after: { active: input.active },
    });
    return { id: current.id, active: input.active };
  });
}

/**
 * A password-reset link for an account of the bureau (an invitation if the account never had a
 * password). The current password keeps working until the link is used: the person may still know it.
 */
export async function issuePasswordLink(user: SessionUser, input: { userId: string }): Promise<Delivery> {
  const bureauId = accountBureau(user);
  const { target, issued } = await getDb().$transaction(async (tx) => {
    const target = await findAccount(tx, bureauId, input.userId);
    if (!target.active) throw new ActionError("users.errors.disabledNoLink");
    const purpose: PasswordTokenPurpose = target.passwordHash === "" ? "INVITE" : "RESET";
    const issued = await issueToken(tx, { userId: target.id, purpose, createdById: user.id });
    await recordAudit(tx, user, {
      action: purpose === "INVITE" ? "user.invite" : "user.passwordReset",
      entity: "User",
      entityId: target.id,
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
    return { target, issued };
  });
  return deliverLink(issued, target);
}

/** Lifts every sign-in block of an account, from every address, and forgets its failures. */
export async function unlockAccount(user: SessionUser, input: { userId: string }) {
  const bureauId = accountBureau(user);
  return getDb().$transaction(async (tx) => {
    const target = await findAccount(tx, bureauId, input.userId);
    const { count } = await tx.signInThrottle.deleteMany({ where: accountThrottleWhere(target.username) });
    await recordAudit(tx, user, {
      action: "user.unlock",
      entity: "User",
      entityId: target.id,
      after: { throttleRowsCleared: count },
    });
    return { id: target.id, cleared: count };
  });
}

/**
 * Turns off another user's two-factor sign-in (a lost phone, no recovery code left): the secret and
 * the recovery codes go, and the user's sessions end. Where the bureau requires a second factor,
 * the user is asked to set one up again at the next sign-in.
 */
export async function resetTwoFactor(user: SessionUser, input: { userId: string }) {
  const bureauId = accountBureau(user);
  return getDb().$transaction(async (tx) => {
    const target = await findAccount(tx, bureauId, input.userId);
    const { count } = await tx.user.updateMany({
      where: { id: target.id, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, tokenVersion: { increment: 1 } },
    });
    if (count !== 1) throw new ActionError("users.errors.twoFactorOff");
    const codes = await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
    await recordAudit(tx, user, {
      action: "user.resetTwoFactor",
      entity: "User",
      entityId: target.id,
      after: { recoveryCodesRemoved: codes.count },
    });
    return { id: target.id };
  });
}

/**
 * Signs every app of an account out (a lost phone, an app that should no longer have access): its
 * API sessions are revoked and refused from their next request. The person's browser sessions stay;
 * disabling the account ends both.
 */
export async function signOutAllApps(user: SessionUser, input: { userId: string }) {
  const bureauId = accountBureau(user);
  return getDb().$transaction(async (tx) => {
    const target = await findAccount(tx, bureauId, input.userId);
    const ended = await revokeAllApiSessions(tx, target.id, user.id);
    await recordAudit(tx, user, {
      action: "user.signOutAllApps",
      entity: "User",
      entityId: target.id,
      after: { apiSessionsEnded: ended },
    });
    return { id: target.id, ended };
  });
}

const refusal = (state: "used" | "expired" | "unknown") => new ActionError(`users.reset.${state}`);

/**
 * Sets the password through a one-time link, without a session. The link is used up in the same
 * transaction that writes the password; the account's other sessions end, and its sign-in blocks are
 * lifted (the person has just proved who they are).
 */
export async function setPasswordWithToken(input: SetPasswordInput): Promise<{ username: string }> {
  const db = getDb();
  const before = await inspectToken(db, input.token);
  if (before.state !== "valid") throw refusal(before.state);
  const target = await db.user.findUnique({
    where: { id: before.userId },
    select: { id: true, bureauId: true, username: true, name: true, nameEn: true, active: true, enterprise: true },
  });
  if (!target?.active) throw refusal("unknown");
  const personal = [target.username, target.name, target.nameEn, target.enterprise?.name ?? ""];
  const checked = passwordFor(personal).safeParse(input.password);
  if (!checked.success) throw new ActionError("errors.invalidInput", { password: [checked.error.issues[0]!.message] });
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, input.token);
    if (!used || used.userId !== target.id) {
      const now = await inspectToken(tx, input.token);
      throw refusal(now.state === "valid" ? "unknown" : now.state);
    }
    await tx.user.update({
      where: { id: target.id },
      data: { passwordHash, tokenVersion: { increment: 1 } },
    });
    await tx.signInThrottle.deleteMany({ where: accountThrottleWhere(target.username) });
    await recordAudit(tx, target, {
      action: used.purpose === "INVITE" ? "user.invitationAccepted" : "user.passwordSet",
      entity: "User",
      entityId: target.id,
    });
    return { username: target.username };
  });
}

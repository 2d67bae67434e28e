import "server-only";
import QRCode from "qrcode";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { SignInOutcome } from "../db/generated/enums.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { clock } from "../time/clock.ts";
import { runningApiSessionsWhere } from "./api-sessions.ts";
import { canRequireTwoFactor, canUseOwnAccount, isCoveredByTwoFactorRequirement } from "./policy.ts";
import { open } from "./secret-box.ts";
import { groupedKey, totpUri } from "./totp.ts";
import { isTwoFactorRequired } from "./two-factor-requirement.ts";

/** How many sign-ins the account page lists. */
export const SIGN_IN_HISTORY_LENGTH = 20;

export type TwoFactorState = "OFF" | "SETTING_UP" | "ON";

export type OwnAccount = {
  username: string;
  name: string;
  locale: Locale | null;
  twoFactor: TwoFactorState;
  recoveryCodesLeft: number;
  /** The bureau requires a second factor of this user (so it cannot be turned off). */
  twoFactorRequired: boolean;
};

/** The signed-in user's own account; never anyone else's. */
export async function getOwnAccount(user: SessionUser): Promise<OwnAccount | null> {
  if (!canUseOwnAccount(user)) return null;
  const db = getDb();
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: {
      username: true,
      name: true,
      locale: true,
      totpSecret: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!row) return null;
  const required = isCoveredByTwoFactorRequirement(user) && (await isTwoFactorRequired(db, user.bureauId));
  return {
    username: row.username,
    name: row.name,
    locale: isLocale(row.locale) ? row.locale : null,
    twoFactor: row.totpEnabledAt ? "ON" : row.totpSecret ? "SETTING_UP" : "OFF",
    recoveryCodesLeft: row.totpEnabledAt ? row._count.recoveryCodes : 0,
    twoFactorRequired: required,
  };
}

export type SignInEventRow = { id: string; at: Date; address: string | null; outcome: SignInOutcome };

/** The user's latest sign-in attempts, newest first. */
export async function listOwnSignIns(user: SessionUser, take = SIGN_IN_HISTORY_LENGTH): Promise<SignInEventRow[]> {
  if (!canUseOwnAccount(user)) return [];
  return getDb().signInEvent.findMany({
    where: { userId: user.id },
    orderBy: { at: "desc" },
    take,
    select: { id: true, at: true, address: true, outcome: true },
  });
}

/** How many signed-in apps the account page lists. */
export const API_SESSION_LIST_LENGTH = 20;

/** An app signed in through the API; the token hashes never leave lib/api. */
export type ApiSessionRow = {
  id: string;
  client: string;
  createdAt: Date;
  lastUsedAt: Date;
  lastAddress: string | null;
};

/** The user's running API sessions, newest sign-in first. */
export async function listOwnApiSessions(user: SessionUser, take = API_SESSION_LIST_LENGTH): Promise<ApiSessionRow[]> {
  if (!canUseOwnAccount(user)) return [];
  const db = getDb();
  const account = await db.user.findUnique({ where: { id: user.id }, select: { id: true, tokenVersion: true } });
  if (!account) return [];
  return db.apiSession.findMany({
    where: runningApiSessionsWhere(account, clock.now()),
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, client: true, createdAt: true, lastUsedAt: true, lastAddress: true },
  });
}

export type TwoFactorSetup = { key: string; uri: string; qrSvg: string };

/**
 * What the set-up page shows while two-factor sign-in is being set up: the QR code and the key to
 * type in by hand. Once confirmed, the secret is never shown again (null).
 */
export async function getTwoFactorSetup(user: SessionUser): Promise<TwoFactorSetup | null> {
  if (!canUseOwnAccount(user)) return null;
  const row = await getDb().user.findUnique({
    where: { id: user.id },
    select: { username: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!row?.totpSecret || row.totpEnabledAt) return null;
  const secret = open(row.totpSecret);
  if (!secret) return null;
  const uri = totpUri(secret, row.username);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { key: groupedKey(secret), uri, qrSvg };
}

/** The bureau's two-factor requirement, for the security settings page; null for whoever may not set it. */
export async function getTwoFactorRequirement(user: SessionUser): Promise<{ required: boolean } | null> {
  if (!canRequireTwoFactor(user)) return null;
  return { required: await isTwoFactorRequired(getDb(), user.bureauId) };
}

/** The stored language preference, applied to the locale cookie at sign-in. */
export async function getPreferredLocale(user: SessionUser): Promise<Locale | null> {
  const row = await getDb().user.findUnique({ where: { id: user.id }, select: { locale: true } });
  return isLocale(row?.locale) ? row.locale : null;
}

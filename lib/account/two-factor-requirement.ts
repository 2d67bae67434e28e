import type { Db } from "../db/connection.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { isCoveredByTwoFactorRequirement } from "./policy.ts";

/** The bureau setting (Setting table) that makes chiefs and administrators use two-factor sign-in. */
export const REQUIRE_TWO_FACTOR_KEY = "security.requireTwoFactor";

type Reader = Pick<Db | Prisma.TransactionClient, "setting">;

export async function isTwoFactorRequired(db: Reader, bureauId: string): Promise<boolean> {
  const row = await db.setting.findUnique({
    where: { bureauId_key: { bureauId, key: REQUIRE_TWO_FACTOR_KEY } },
    select: { value: true },
  });
  return row?.value === true;
}

/**
 * Whether this user must set up two-factor sign-in before using the portal: their bureau requires it
 * for their role and they have not confirmed it yet.
 */
export async function mustEnrolTwoFactor(db: Reader, user: SessionUser, totpEnabledAt: Date | null): Promise<boolean> {
  if (totpEnabledAt || !isCoveredByTwoFactorRequirement(user)) return false;
  return isTwoFactorRequired(db, user.bureauId);
}

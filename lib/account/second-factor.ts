import type { Db } from "../db/connection.ts";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes.ts";
import { open } from "./secret-box.ts";
import { acceptedStep, isTotpCode } from "./totp.ts";

export type SecondFactorHolder = { id: string; totpSecret: string | null; totpLastStep: number | null };

/**
 * Checks a code from the authenticator app or one of the recovery codes and uses it up: a TOTP code's
 * step is stored (so the same code fails a second time, also in a race, because the update only
 * succeeds while the stored step is older), a recovery code is marked used.
 */
export async function spendSecondFactor(
  db: Pick<Db, "user" | "recoveryCode">,
  user: SecondFactorHolder,
  code: string,
  now: Date,
): Promise<"TOTP" | "RECOVERY" | null> {
  if (isTotpCode(code)) {
    const secret = user.totpSecret ? open(user.totpSecret) : null;
    const step = secret ? acceptedStep(secret, code, now, user.totpLastStep) : null;
    if (step === null) return null;
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "TOTP" : null;
  }
  if (!looksLikeRecoveryCode(code)) return null;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "RECOVERY" : null;
}

/**
 * Where an unresolved dispute was handed on. The schema has a single `outcome` text, so a referral is
 * stored there as "[CODE] details": the code keeps the destination countable and translatable, the
 * details say what was handed over. A resolved dispute's outcome is the agreement, as typed.
 */
export const REFERRALS = [
  "COURT",
  "LABOUR_ARBITRATION",
  "CRIMINAL_CASE",
  "ADMINISTRATIVE",
  "PEOPLES_MEDIATION",
  "OTHER",
] as const;
export type Referral = (typeof REFERRALS)[number];

export function referralOutcome(referredTo: Referral, details: string): string {
  return `[${referredTo}] ${details}`;
}

const PATTERN = new RegExp(`^\\[(${REFERRALS.join("|")})\\] ?([\\s\\S]*)$`);

/** Splits a stored outcome into its referral (when it has one) and its text; older free text stays as it is. */
export function parseOutcome(outcome: string): { referredTo: Referral | null; text: string } {
  const match = PATTERN.exec(outcome);
  return match ? { referredTo: match[1] as Referral, text: match[2]! } : { referredTo: null, text: outcome };
}

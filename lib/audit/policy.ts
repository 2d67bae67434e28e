import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { canSeeFullApplicant } from "../residency/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * The county's whole audit trail is read by those who answer for the county: its chiefs and its
 * administrators. Officers and liaisons see the history of the records they may open, not the log.
 */
const AUDIT_READER_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];
/** The police see the internal steps of a record's history; the enterprise's side does not. */
const POLICE_ROLES: readonly Role[] = ["OFFICER", "CHIEF", "ADMIN"];

/** The audit view at /audit, its filters, and its export of the filtered rows. */
export const canReadAuditLog: Question = roleIn(AUDIT_READER_ROLES);

/** Whether a record's history shows the police's internal steps (internal notes, transfers, help requests). */
export const canSeeInternalHistory: Question = roleIn(POLICE_ROLES);

/**
 * Whether personal data (identity and phone numbers) appears in full in a history or the audit
 * view: for exactly those who see it in full on the record's page; everyone else reads it masked.
 */
export const canSeeFullPersonalData: Question = canSeeFullApplicant;

/** Every audit query is bounded to the user's own county, whatever else it filters by. */
export function auditScope(user: SessionUser): Prisma.AuditEventWhereInput {
  return { bureauId: requireScopeId(user.bureauId, "bureau") };
}

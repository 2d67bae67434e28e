import type { Prisma } from "../db/generated/client.ts";
import type { Role } from "../db/generated/enums.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { roleIn, type Question } from "../auth/question.ts";
import { enterpriseScope } from "../enterprises/policy.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { ResidencyTransition } from "./machine.ts";

/** The enterprise files; the police of the enterprise's scope review. */
const FILING_ROLES: readonly Role[] = ["LIAISON"];
/**
 * Only officers review. The chief oversees the county's requests read-only and masked: reviewing
 * means seeing full identity numbers, and that should stay with the officer responsible for the
 * enterprise, so that every full view is tied to someone who has to act on it.
 */
const REVIEW_ROLES: readonly Role[] = ["OFFICER"];
/** Who may open residency pages at all; admins keep the checklists but see no applicants. */
const READER_ROLES: readonly Role[] = ["LIAISON", "OFFICER", "CHIEF"];
/** The police read the requests as a queue waiting for them (the chief's read-only). */
const QUEUE_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** Who keeps the document checklists. */
const CHECKLIST_EDITOR_ROLES: readonly Role[] = ["ADMIN"];
/**
 * Who keeps the window's appointment slots: the officer for their own station, the chief for every
 * station of the county (a station short of staff is covered from the county).
 */
const SLOT_KEEPER_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
/** Door-to-door and proxy service is done by an officer. */
const SERVICE_ROLES: readonly Role[] = ["OFFICER"];

/** The residency pages: the list, a request, its files. */
export const canSeeResidency: Question = roleIn(READER_ROLES);

/** The police's view of the list: their queue first, drafts never offered, the enterprise shown. */
export const canSeeResidencyQueue: Question = roleIn(QUEUE_ROLES);

/** File (one by one or from a sheet), edit drafts, upload documents, submit, book window appointments. */
export const canFileResidency: Question = roleIn(FILING_ROLES);

/** Take requests into review, judge documents, ask for materials, approve, complete, reject, schedule service. */
export const canReviewResidency: Question = roleIn(REVIEW_ROLES);

/** Open a week of window appointment slots and close a day, at the stations of `slotStationScope`. */
export const canManageSlots: Question = roleIn(SLOT_KEEPER_ROLES);

/** Edit the bureau's document checklists. */
export const canEditChecklists: Question = roleIn(CHECKLIST_EDITOR_ROLES);

/**
 * Whether this user sees full identity and phone numbers of requests in their scope: only the
 * police who review them. Everyone else gets masked values from the query layer.
 */
export const canSeeFullApplicant: Question = roleIn(REVIEW_ROLES);

/** Which steps of the life cycle this user takes: the enterprise submits, the reviewing officer does the rest. */
export function canTakeResidencyStep(user: SessionUser, step: ResidencyTransition): boolean {
  return step === "submit" ? canFileResidency(user) : canReviewResidency(user);
}

/** The users who may be sent to an applicant for door-to-door or proxy service. */
export const serviceOfficerWhere: Prisma.UserWhereInput = { role: { in: [...SERVICE_ROLES] } };

/**
 * The residency requests a user may see: those of enterprises in their scope (a liaison: their own
 * enterprise; an officer: the enterprises they serve; the chief: the county; the police never see
 * drafts). Admins keep the
 * checklists but see no applicant, so they match nothing.
 */
export function residencyScope(user: SessionUser): Prisma.ResidencyRequestWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  // An impossible id keeps the query valid while matching nothing.
  if (user.role === "ADMIN") return { bureauId, id: "-" };
  // A draft is the enterprise's unfinished work: it reaches the police only once submitted.
  if (user.role !== "LIAISON") return { bureauId, enterprise: enterpriseScope(user), status: { not: "DRAFT" } };
  return { bureauId, enterprise: enterpriseScope(user) };
}

/**
 * The stations whose slots a user keeps: an officer their own station (none when they belong to a
 * department only), the chief every station of the county; anyone else none.
 */
export function slotStationScope(user: SessionUser): Prisma.StationWhereInput {
  const bureauId = requireScopeId(user.bureauId, "bureau");
  if (user.role === "CHIEF") return { bureauId };
  if (user.role === "OFFICER" && user.stationId) return { bureauId, id: user.stationId };
  return { bureauId, id: "-" };
}

import type { DocumentStatus, ResidencyStatus, Role } from "../db/generated/enums.ts";

/**
 * The residency request life cycle. Every status change goes through `nextResidencyStatus`; what is
 * not listed here is forbidden.
 *
 *   DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED → COMPLETED
 *   UNDER_REVIEW → NEEDS_MATERIALS → SUBMITTED (re-submitted after uploading)
 *   SUBMITTED / UNDER_REVIEW → REJECTED
 */
export type ResidencyTransition = "submit" | "startReview" | "askMaterials" | "approve" | "complete" | "reject";

type Rule = { from: readonly ResidencyStatus[]; to: ResidencyStatus; roles: readonly Role[] };

/** The enterprise files; the police of the enterprise's scope review. */
export const RESIDENCY_FILING_ROLES: readonly Role[] = ["LIAISON"];
/**
 * Only officers review. The chief oversees the county's requests read-only and masked: reviewing
 * means seeing full identity numbers, and that should stay with the officer responsible for the
 * enterprise, so that every full view is tied to someone who has to act on it.
 */
export const RESIDENCY_REVIEW_ROLES: readonly Role[] = ["OFFICER"];
/** Who may open residency pages at all; admins keep the checklists but see no applicants. */
export const RESIDENCY_READER_ROLES: readonly Role[] = ["LIAISON", "OFFICER", "CHIEF"];
/** Who keeps the document checklists. */
export const CHECKLIST_EDITOR_ROLES: readonly Role[] = ["ADMIN"];

export const RESIDENCY_TRANSITIONS: Record<ResidencyTransition, Rule> = {
  submit: { from: ["DRAFT", "NEEDS_MATERIALS"], to: "SUBMITTED", roles: RESIDENCY_FILING_ROLES },
  startReview: { from: ["SUBMITTED"], to: "UNDER_REVIEW", roles: RESIDENCY_REVIEW_ROLES },
  askMaterials: { from: ["UNDER_REVIEW"], to: "NEEDS_MATERIALS", roles: RESIDENCY_REVIEW_ROLES },
  approve: { from: ["UNDER_REVIEW"], to: "APPROVED", roles: RESIDENCY_REVIEW_ROLES },
  complete: { from: ["APPROVED"], to: "COMPLETED", roles: RESIDENCY_REVIEW_ROLES },
  reject: { from: ["SUBMITTED", "UNDER_REVIEW"], to: "REJECTED", roles: RESIDENCY_REVIEW_ROLES },
};

/** The status a transition leads to from `status`, or null when the machine forbids it. */
export function nextResidencyStatus(status: ResidencyStatus, transition: ResidencyTransition): ResidencyStatus | null {
  const rule = RESIDENCY_TRANSITIONS[transition];
  return rule.from.includes(status) ? rule.to : null;
}

/** Transitions a user of `role` may take from `status` (what the request page offers). */
export function availableResidencyTransitions(status: ResidencyStatus, role: Role): ResidencyTransition[] {
  return (Object.keys(RESIDENCY_TRANSITIONS) as ResidencyTransition[]).filter(
    (t) => RESIDENCY_TRANSITIONS[t].from.includes(status) && RESIDENCY_TRANSITIONS[t].roles.includes(role),
  );
}

/** The enterprise may change documents only while the request is with them. */
export const EDITABLE_STATUSES: readonly ResidencyStatus[] = ["DRAFT", "NEEDS_MATERIALS"];
/** Finished requests; an appointment or a duplicate check no longer concerns them. */
export const FINAL_STATUSES: readonly ResidencyStatus[] = ["COMPLETED", "REJECTED"];

/** What the review queue holds: requests waiting for the police to act. */
export const WAITING_STATUSES: readonly ResidencyStatus[] = ["SUBMITTED", "UNDER_REVIEW"];
/** Statuses in which the police judge single documents. */
export const DOCUMENT_REVIEW_STATUSES: readonly ResidencyStatus[] = ["UNDER_REVIEW"];
/** Door-to-door and proxy service is scheduled once the review has begun and until it is done. */
export const SCHEDULE_STATUSES: readonly ResidencyStatus[] = ["UNDER_REVIEW", "APPROVED"];

export type ChecklistItem = { code: string; required: boolean; status: DocumentStatus };

/**
 * Items that keep a request from being submitted: a required item without a file, and any item the
 * police rejected or asked for (also an optional one: once asked for, it is needed).
 */
export function missingItems<T extends ChecklistItem>(items: readonly T[]): T[] {
  return items.filter((i) => i.status === "REJECTED" || (i.required && i.status === "MISSING"));
}

export const isChecklistComplete = (items: readonly ChecklistItem[]) => missingItems(items).length === 0;

/** Approval needs every required item accepted, and nothing left rejected. */
export function isChecklistAccepted(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.status !== "REJECTED" && (!i.required || i.status === "ACCEPTED"));
}

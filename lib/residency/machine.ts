import type { DocumentStatus, ResidencyStatus } from "../db/generated/enums.ts";
import { defineMachine } from "../state-machine/define-machine.ts";

/**
 * The residency request life cycle. Every status change goes through `residencyMachine`; what is
 * not listed here is forbidden. Who takes which step is the policy's `canTakeResidencyStep`.
 *
 *   DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED → COMPLETED
 *   UNDER_REVIEW → NEEDS_MATERIALS → SUBMITTED (re-submitted after uploading)
 *   SUBMITTED / UNDER_REVIEW → REJECTED
 */
export type ResidencyTransition = "submit" | "startReview" | "askMaterials" | "approve" | "complete" | "reject";

export const residencyMachine = defineMachine<ResidencyStatus, ResidencyTransition>({
  submit: { from: ["DRAFT", "NEEDS_MATERIALS"], to: "SUBMITTED" },
  startReview: { from: ["SUBMITTED"], to: "UNDER_REVIEW" },
  askMaterials: { from: ["UNDER_REVIEW"], to: "NEEDS_MATERIALS" },
  approve: { from: ["UNDER_REVIEW"], to: "APPROVED" },
  complete: { from: ["APPROVED"], to: "COMPLETED" },
  reject: { from: ["SUBMITTED", "UNDER_REVIEW"], to: "REJECTED" },
});

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

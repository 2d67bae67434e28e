import type { DisputeStatus } from "../db/generated/enums.ts";

/**
 * The dispute life cycle (矛盾纠纷调处). Every change goes through `nextDisputeStatus`; what is not
 * listed here is forbidden.
 *
 *   OPEN → MEDIATING (first mediation session; later sessions keep it MEDIATING)
 *   OPEN / MEDIATING → RESOLVED (agreement reached) · OPEN / MEDIATING → UNRESOLVED (referred on)
 *
 * The risk flag may be set or cleared while the dispute is open; a closed dispute is a record of
 * what happened and takes no more sessions or flag changes.
 */
export type DisputeChange = "logSession" | "setRisk" | "resolve" | "refer";

export const OPEN_DISPUTE_STATUSES = ["OPEN", "MEDIATING"] as const satisfies readonly DisputeStatus[];
export const CLOSED_DISPUTE_STATUSES = ["RESOLVED", "UNRESOLVED"] as const satisfies readonly DisputeStatus[];

/** `to: null` keeps the status as it is. */
const RULES: Record<DisputeChange, { from: readonly DisputeStatus[]; to: DisputeStatus | null }> = {
  logSession: { from: OPEN_DISPUTE_STATUSES, to: "MEDIATING" },
  setRisk: { from: OPEN_DISPUTE_STATUSES, to: null },
  resolve: { from: OPEN_DISPUTE_STATUSES, to: "RESOLVED" },
  refer: { from: OPEN_DISPUTE_STATUSES, to: "UNRESOLVED" },
};

export const DISPUTE_CHANGES = Object.keys(RULES) as DisputeChange[];

/** The status a change leads to from `status`, or null when the machine forbids it. */
export function nextDisputeStatus(status: DisputeStatus, change: DisputeChange): DisputeStatus | null {
  const rule = RULES[change];
  if (!rule.from.includes(status)) return null;
  return rule.to ?? status;
}

/** Changes the dispute's page offers in `status` (roles are the policy's business, not the machine's). */
export function availableDisputeChanges(status: DisputeStatus): DisputeChange[] {
  return DISPUTE_CHANGES.filter((c) => nextDisputeStatus(status, c) !== null);
}

export function isDisputeOpen(status: DisputeStatus): boolean {
  return (OPEN_DISPUTE_STATUSES as readonly DisputeStatus[]).includes(status);
}

import type { DisputeStatus } from "../db/generated/enums.ts";
import { defineMachine } from "../state-machine/define-machine.ts";

/**
 * The dispute life cycle (矛盾纠纷调处). Every change goes through `disputeMachine`; what is not
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
export const disputeMachine = defineMachine<DisputeStatus, DisputeChange>({
  logSession: { from: OPEN_DISPUTE_STATUSES, to: "MEDIATING" },
  setRisk: { from: OPEN_DISPUTE_STATUSES, to: null },
  resolve: { from: OPEN_DISPUTE_STATUSES, to: "RESOLVED" },
  refer: { from: OPEN_DISPUTE_STATUSES, to: "UNRESOLVED" },
});

export function isDisputeOpen(status: DisputeStatus): boolean {
  return (OPEN_DISPUTE_STATUSES as readonly DisputeStatus[]).includes(status);
}

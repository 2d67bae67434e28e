import type { HazardStatus } from "../db/generated/enums.ts";
import { defineMachine } from "../state-machine/define-machine.ts";

/**
 * The hazard life cycle (挂牌销号). Every status change goes through `hazardMachine`; what is not
 * listed here is forbidden. Who may take which step is the policy's question (`canTakeHazardStep`).
 *
 *   (listed by the police) LISTED → RECTIFYING → PENDING_VERIFICATION → CLOSED (销号)
 *   LISTED → PENDING_VERIFICATION (rectified at once) · PENDING_VERIFICATION → RECTIFYING (sent back)
 */
export type HazardTransition = "start" | "report" | "close" | "sendBack";

export const hazardMachine = defineMachine<HazardStatus, HazardTransition>({
  start: { from: ["LISTED"], to: "RECTIFYING" },
  report: { from: ["LISTED", "RECTIFYING"], to: "PENDING_VERIFICATION" },
  close: { from: ["PENDING_VERIFICATION"], to: "CLOSED" },
  sendBack: { from: ["PENDING_VERIFICATION"], to: "RECTIFYING" },
});

/** A hazard still open past its deadline; a closed one is never overdue, however late it was closed. */
export function isHazardOverdue(h: { status: HazardStatus; deadline: Date }, now: Date): boolean {
  return h.status !== "CLOSED" && h.deadline.getTime() < now.getTime();
}

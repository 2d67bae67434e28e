import type { HazardStatus, Role } from "../db/generated/enums.ts";

/**
 * The hazard life cycle (挂牌销号). Every status change goes through `nextHazardStatus`; what is not
 * listed here is forbidden.
 *
 *   (listed by the police) LISTED → RECTIFYING → PENDING_VERIFICATION → CLOSED (销号)
 *   LISTED → PENDING_VERIFICATION (rectified at once) · PENDING_VERIFICATION → RECTIFYING (sent back)
 */
export type HazardTransition = "start" | "report" | "close" | "sendBack";

type Rule = { from: readonly HazardStatus[]; to: HazardStatus; roles: readonly Role[] };

/** The police list hazards and judge rectifications; the enterprise does the rectifying. */
export const HAZARD_POLICE_ROLES: readonly Role[] = ["OFFICER", "CHIEF"];
export const HAZARD_ENTERPRISE_ROLES: readonly Role[] = ["LIAISON"];

export const HAZARD_TRANSITIONS: Record<HazardTransition, Rule> = {
  start: { from: ["LISTED"], to: "RECTIFYING", roles: HAZARD_ENTERPRISE_ROLES },
  report: { from: ["LISTED", "RECTIFYING"], to: "PENDING_VERIFICATION", roles: HAZARD_ENTERPRISE_ROLES },
  close: { from: ["PENDING_VERIFICATION"], to: "CLOSED", roles: HAZARD_POLICE_ROLES },
  sendBack: { from: ["PENDING_VERIFICATION"], to: "RECTIFYING", roles: HAZARD_POLICE_ROLES },
};

/** The status a transition leads to from `status`, or null when the machine forbids it. */
export function nextHazardStatus(status: HazardStatus, transition: HazardTransition): HazardStatus | null {
  const rule = HAZARD_TRANSITIONS[transition];
  return rule.from.includes(status) ? rule.to : null;
}

/** Transitions a user of `role` may take from `status` (what the hazard page offers). */
export function availableHazardTransitions(status: HazardStatus, role: Role): HazardTransition[] {
  return (Object.keys(HAZARD_TRANSITIONS) as HazardTransition[]).filter(
    (t) => HAZARD_TRANSITIONS[t].from.includes(status) && HAZARD_TRANSITIONS[t].roles.includes(role),
  );
}

/** A hazard still open past its deadline; a closed one is never overdue, however late it was closed. */
export function isHazardOverdue(h: { status: HazardStatus; deadline: Date }, now: Date): boolean {
  return h.status !== "CLOSED" && h.deadline.getTime() < now.getTime();
}

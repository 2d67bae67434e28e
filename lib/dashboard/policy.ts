import { assertAllowed, roleIn, type Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";

/**
 * County figures are bureau-wide whoever asks, so only chiefs may ask; the query layer refuses
 * everyone else. The same question guards the printable report and the exports.
 */
export const canSeeCountyDashboard: Question = roleIn(["CHIEF"]);

/** The city's leaders compare the counties of their city; they read figures and cases, and work none. */
export const canSeeCityDashboard: Question = roleIn(["CITY"]);

/** The officer's desk: their ticket queue, tonight's patrols, the visits and verifications due. */
export const canUseOfficerDesk: Question = roleIn(["OFFICER"]);

/** The liaison's desk speaks for one enterprise: its tickets, hazards, requests and duty nights. */
export const canUseLiaisonDesk: Question = roleIn(["LIAISON"]);

/** The administrator's desk: how many stations, workstations, enterprises and users the bureau has. */
export const canUseAdminDesk: Question = roleIn(["ADMIN"]);

/** The chief's bureau id, or a refusal for anyone else. */
export function requireChiefBureau(user: SessionUser): string {
  assertAllowed(user, canSeeCountyDashboard);
  return requireScopeId(user.bureauId, "bureau");
}

/** The city leader's own bureau, the city's, whose counties they compare; a refusal for anyone else. */
export function requireCityBureau(user: SessionUser): string {
  assertAllowed(user, canSeeCityDashboard);
  return requireScopeId(user.bureauId, "bureau");
}

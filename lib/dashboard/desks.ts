import "server-only";
import type { SessionUser } from "../auth/session-user.ts";
import { fromDbDate } from "../patrols/dates.ts";
import { liaisonDutyNights, tonightsShifts } from "../patrols/queries.ts";
import { FINAL_STATUSES } from "../residency/machine.ts";
import { listRequests, nextAppointment, reviewsWaiting } from "../residency/queries.ts";
import { clock } from "../time/clock.ts";

/** How many of the enterprise's open requests and coming duty nights its desk shows before linking on. */
export const DESK_SHORT_LIST = 5;
/** Open requests are picked from this many newest filings: an enterprise files a few a month. */
const RECENT_FILINGS = 20;

/** The patrol and residency parts of an officer's desk: the shifts they lead tonight and the review queue's length. */
export async function officerDesk(user: SessionUser) {
  const [tonight, waiting] = await Promise.all([tonightsShifts(user), reviewsWaiting(user)]);
  return {
    tonight: tonight.map((s) => ({
      id: s.id,
      team: s.team,
      enterprises: s.enterprises.map((e) => e.enterprise),
      logged: s.log !== null,
    })),
    reviewsWaiting: waiting,
  };
}

/**
 * The patrol and residency parts of a liaison's desk: the enterprise's requests still open, its next
 * window appointment and its coming duty nights (published rotas only, through the patrol scope).
 */
export async function liaisonDesk(user: SessionUser, now: Date = clock.now()) {
  const [recent, appointment, nights] = await Promise.all([
    listRequests(user, { pageSize: RECENT_FILINGS }),
    nextAppointment(user, now),
    liaisonDutyNights(user),
  ]);
  const open = recent.rows.filter((r) => !FINAL_STATUSES.includes(r.status));
  return {
    openRequests: open.slice(0, DESK_SHORT_LIST),
    nextAppointment: appointment,
    dutyNights: nights
      .slice(0, DESK_SHORT_LIST)
      .map((n) => ({ id: n.id, date: fromDbDate(n.date), team: n.team, leadOfficer: n.leadOfficer })),
  };
}

// The portal's main menu. Each user works at one desk (the liaison's, the officer's, the chief's
// dashboard, the administrator's); a desk orders its menu for the work done there, and an entry is
// shown only when the question its page asks admits the user, so the menu never links to a 403.
import type { Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { canAssign } from "../assignments/policy.ts";
import { canReadAuditLog } from "../audit/policy.ts";
import { canSeeAdvisories } from "../advisories/policy.ts";
import {
  canSeeCityDashboard,
  canSeeCountyDashboard,
  canUseAdminDesk,
  canUseLiaisonDesk,
  canUseOfficerDesk,
} from "../dashboard/policy.ts";
import { canSeeDisputes } from "../disputes/policy.ts";
import { canSeeEnterpriseList } from "../enterprises/policy.ts";
import { canSeeHazards } from "../hazards/policy.ts";
import { canSeePatrols } from "../patrols/policy.ts";
import { canSeeOrganisation } from "../organisation/policy.ts";
import { canEditChecklists, canSeeResidency } from "../residency/policy.ts";
import { canEditSla } from "../sla/policy.ts";
import { canSeeTickets } from "../tickets/policy.ts";
import { canSeeAccounts } from "../users/policy.ts";
import { canSeeVisits } from "../visits/policy.ts";

/** A key under "nav" in the messages. */
export type NavLabel =
  | "home"
  | "tickets"
  | "queue"
  | "visits"
  | "hazards"
  | "advisories"
  | "disputes"
  | "patrols"
  | "residency"
  | "residencyChecklists"
  | "enterprises"
  | "assignments"
  | "sla"
  | "accounts"
  | "organisation"
  | "audit";

/**
 * `primary`: one of the desk's main destinations, which a phone keeps in its tab bar; the rest of the
 * menu waits behind "more". The desk's home is always one.
 */
export type NavItem = { href: string; label: NavLabel; primary: boolean };

type Entry = Omit<NavItem, "primary"> & { show: Question; primary?: boolean };

type Desk = { home: string; admits: Question; entries: readonly Entry[] };

const tickets: Entry = { href: "/tickets", label: "tickets", show: canSeeTickets };
const visits: Entry = { href: "/visits", label: "visits", show: canSeeVisits };
const hazards: Entry = { href: "/hazards", label: "hazards", show: canSeeHazards };
const advisories: Entry = { href: "/advisories", label: "advisories", show: canSeeAdvisories };
const disputes: Entry = { href: "/disputes", label: "disputes", show: canSeeDisputes };
const patrols: Entry = { href: "/patrols", label: "patrols", show: canSeePatrols };
const residency: Entry = { href: "/residency", label: "residency", show: canSeeResidency };
const checklists: Entry = { href: "/settings/residency", label: "residencyChecklists", show: canEditChecklists };
const enterprises: Entry = { href: "/enterprises", label: "enterprises", show: canSeeEnterpriseList };
const assignments: Entry = { href: "/assignments", label: "assignments", show: canAssign };
const sla: Entry = { href: "/settings/sla", label: "sla", show: canEditSla };
const accounts: Entry = { href: "/admin/accounts", label: "accounts", show: canSeeAccounts };
const organisation: Entry = { href: "/admin/organisation", label: "organisation", show: canSeeOrganisation };
const audit: Entry = { href: "/audit", label: "audit", show: canReadAuditLog };

/** At most this many entries besides home are primary: with home and "more" they fill a phone's width. */
export const MAX_PRIMARY_ENTRIES = 3;

/** The entry as one of its desk's main destinations. */
function main(entry: Entry): Entry {
  return { ...entry, primary: true };
}

/** The first desk whose question admits the user is theirs. */
const DESKS: readonly Desk[] = [
  {
    home: "/liaison",
    admits: canUseLiaisonDesk,
    // Filing residency requests is the enterprise's own business; patrol nights are the police's plan.
    entries: [main(tickets), main(hazards), main(residency), advisories, patrols],
  },
  {
    home: "/officer",
    admits: canUseOfficerDesk,
    // The officer's tickets are a work queue: assigned to them or to the enterprises they answer for.
    // In the field an officer works the queue, logs visits and lists hazards; the rest is desk work.
    entries: [
      main({ ...tickets, label: "queue" }),
      main(visits),
      main(hazards),
      advisories,
      disputes,
      patrols,
      residency,
      enterprises,
    ],
  },
  {
    home: "/chief",
    admits: canSeeCountyDashboard,
    // A chief follows escalated cases, the enterprises and who answers for them; the rest is reporting.
    entries: [
      main(tickets),
      visits,
      hazards,
      advisories,
      disputes,
      patrols,
      residency,
      main(enterprises),
      main(assignments),
      sla,
      accounts,
      organisation,
      audit,
    ],
  },
  {
    home: "/city",
    admits: canSeeCityDashboard,
    // The city reads the counties' cases; it works none, and the rest stays with each county.
    entries: [main(tickets)],
  },
  {
    home: "/admin",
    admits: canUseAdminDesk,
    entries: [main(accounts), main(organisation), checklists, main(enterprises), assignments, sla, audit],
  },
];

function deskOf(user: SessionUser): Desk | undefined {
  return DESKS.find((desk) => desk.admits(user));
}

/**
 * Where "/" and a signed-in visit to the sign-in page lead. Every role has a desk (the menu test pins
 * it); notifications, open to every signed-in user, only stand in should a role ever lose its desk.
 */
export function homeOf(user: SessionUser): string {
  return deskOf(user)?.home ?? "/notifications";
}

/** The user's menu in order: their desk's home first, then the entries whose questions admit them. */
export function menuOf(user: SessionUser): NavItem[] {
  const desk = deskOf(user);
  if (!desk) return [];
  return [
    { href: desk.home, label: "home", primary: true },
    ...desk.entries
      .filter((entry) => entry.show(user))
      .map(({ href, label, primary = false }) => ({ href, label, primary })),
  ];
}

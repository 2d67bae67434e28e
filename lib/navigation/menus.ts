// The portal's main menu. Each user works at one desk (the liaison's, the officer's, the chief's
// dashboard, the administrator's); a desk orders its menu for the work done there, and an entry is
// shown only when the question its page asks admits the user, so the menu never links to a 403.
import type { Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { canAssign } from "../assignments/policy.ts";
import { canReadAuditLog } from "../audit/policy.ts";
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

export type NavItem = { href: string; label: NavLabel };

type Entry = NavItem & { show: Question };

type Desk = { home: string; admits: Question; entries: readonly Entry[] };

const tickets: Entry = { href: "/tickets", label: "tickets", show: canSeeTickets };
const visits: Entry = { href: "/visits", label: "visits", show: canSeeVisits };
const hazards: Entry = { href: "/hazards", label: "hazards", show: canSeeHazards };
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

/** The first desk whose question admits the user is theirs. */
const DESKS: readonly Desk[] = [
  {
    home: "/liaison",
    admits: canUseLiaisonDesk,
    // Filing residency requests is the enterprise's own business; patrol nights are the police's plan.
    entries: [tickets, hazards, residency, patrols],
  },
  {
    home: "/officer",
    admits: canUseOfficerDesk,
    // The officer's tickets are a work queue: assigned to them or to the enterprises they answer for.
    entries: [{ ...tickets, label: "queue" }, visits, hazards, disputes, patrols, residency, enterprises],
  },
  {
    home: "/chief",
    admits: canSeeCountyDashboard,
    entries: [
      tickets,
      visits,
      hazards,
      disputes,
      patrols,
      residency,
      enterprises,
      assignments,
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
    entries: [tickets],
  },
  {
    home: "/admin",
    admits: canUseAdminDesk,
    entries: [accounts, organisation, checklists, enterprises, assignments, sla, audit],
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
    { href: desk.home, label: "home" },
    ...desk.entries.filter((entry) => entry.show(user)).map(({ href, label }) => ({ href, label })),
  ];
}

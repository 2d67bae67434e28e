// Who may do what, read from the policies themselves: every `can…` question a capability's policy
// exports and every action its definitions allow, asked of one user of each role. The table in
// docs/authorization.md is rendered from this and a test keeps the two equal, so the documentation
// cannot drift from the code. Questions about one record (is this shift the officer's own?) take the
// record as a second argument and are answered by the scoped queries; they are not listed here.
import type { Question } from "../auth/question.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { Role } from "../db/generated/enums.ts";
import * as accountPolicy from "../account/policy.ts";
import * as advisoriesPolicy from "../advisories/policy.ts";
import * as assignmentsPolicy from "../assignments/policy.ts";
import * as attachmentsPolicy from "../attachments/policy.ts";
import * as auditPolicy from "../audit/policy.ts";
import * as dashboardPolicy from "../dashboard/policy.ts";
import * as disputesPolicy from "../disputes/policy.ts";
import * as enterprisesPolicy from "../enterprises/policy.ts";
import * as importPolicy from "../enterprises/import/policy.ts";
import * as hazardsPolicy from "../hazards/policy.ts";
import * as jobsPolicy from "../jobs/policy.ts";
import * as livePolicy from "../live/policy.ts";
import * as notificationsPolicy from "../notifications/policy.ts";
import * as organisationPolicy from "../organisation/policy.ts";
import * as patrolsPolicy from "../patrols/policy.ts";
import * as residencyPolicy from "../residency/policy.ts";
import * as slaPolicy from "../sla/policy.ts";
import * as ticketsPolicy from "../tickets/policy.ts";
import * as usersPolicy from "../users/policy.ts";
import * as visitsPolicy from "../visits/policy.ts";
import { ownAccountActions } from "../account/actions-def.ts";
import { advisoryActions } from "../advisories/actions-def.ts";
import { assignmentActions } from "../assignments/actions-def.ts";
import { disputeActions } from "../disputes/actions-def.ts";
import { enterpriseActions } from "../enterprises/actions-def.ts";
import { importActions } from "../enterprises/import/actions-def.ts";
import { hazardActions } from "../hazards/actions-def.ts";
import { notificationActions } from "../notifications/actions-def.ts";
import { organisationActions } from "../organisation/actions-def.ts";
import { patrolActions } from "../patrols/actions-def.ts";
import { residencyActions } from "../residency/actions-def.ts";
import { slaActions } from "../sla/actions-def.ts";
import { ticketActions } from "../tickets/actions-def.ts";
import { userActions } from "../users/actions-def.ts";
import { visitActions } from "../visits/actions-def.ts";

type Capability = {
  name: string;
  policyFile: string;
  policy: Record<string, unknown>;
  actions?: Record<string, { allow: Question }>;
};

export const CAPABILITIES: readonly Capability[] = [
  { name: "tickets", policyFile: "lib/tickets/policy.ts", policy: ticketsPolicy, actions: ticketActions },
  { name: "sla", policyFile: "lib/sla/policy.ts", policy: slaPolicy, actions: slaActions },
  { name: "own account", policyFile: "lib/account/policy.ts", policy: accountPolicy, actions: ownAccountActions },
  {
    name: "enterprises",
    policyFile: "lib/enterprises/policy.ts",
    policy: enterprisesPolicy,
    actions: enterpriseActions,
  },
  {
    name: "enterprise import",
    policyFile: "lib/enterprises/import/policy.ts",
    policy: importPolicy,
    actions: importActions,
  },
  {
    name: "assignments",
    policyFile: "lib/assignments/policy.ts",
    policy: assignmentsPolicy,
    actions: assignmentActions,
  },
  { name: "visits", policyFile: "lib/visits/policy.ts", policy: visitsPolicy, actions: visitActions },
  { name: "live updates", policyFile: "lib/live/policy.ts", policy: livePolicy },
  { name: "hazards", policyFile: "lib/hazards/policy.ts", policy: hazardsPolicy, actions: hazardActions },
  { name: "disputes", policyFile: "lib/disputes/policy.ts", policy: disputesPolicy, actions: disputeActions },
  { name: "patrols", policyFile: "lib/patrols/policy.ts", policy: patrolsPolicy, actions: patrolActions },
  {
    name: "advisories",
    policyFile: "lib/advisories/policy.ts",
    policy: advisoriesPolicy,
    actions: advisoryActions,
  },
  { name: "residency", policyFile: "lib/residency/policy.ts", policy: residencyPolicy, actions: residencyActions },
  {
    name: "organisation",
    policyFile: "lib/organisation/policy.ts",
    policy: organisationPolicy,
    actions: organisationActions,
  },
  { name: "dashboard", policyFile: "lib/dashboard/policy.ts", policy: dashboardPolicy },
  { name: "attachments", policyFile: "lib/attachments/policy.ts", policy: attachmentsPolicy },
  {
    name: "notifications",
    policyFile: "lib/notifications/policy.ts",
    policy: notificationsPolicy,
    actions: notificationActions,
  },
  { name: "accounts", policyFile: "lib/users/policy.ts", policy: usersPolicy, actions: userActions },
  { name: "audit", policyFile: "lib/audit/policy.ts", policy: auditPolicy },
  { name: "background jobs", policyFile: "lib/jobs/policy.ts", policy: jobsPolicy },
];

export const ROLES = Object.values(Role);

/** One user of each role with a complete scope, as a page or an action would see them. */
export function sampleUser(role: Role): SessionUser {
  return {
    id: `sample-${role.toLowerCase()}`,
    username: role.toLowerCase(),
    name: role,
    role,
    bureauId: "bureau",
    stationId: role === "OFFICER" || role === "CHIEF" ? "station" : null,
    departmentId: role === "OFFICER" ? "department" : null,
    enterpriseId: role === "LIAISON" ? "enterprise" : null,
  };
}

export type MatrixRow = {
  capability: string;
  kind: "question" | "action";
  name: string;
  question: string;
  roles: Role[];
};

/** The user-level questions a policy module exports: functions named can… that take the user alone. */
export function policyQuestions(policy: Record<string, unknown>): [string, Question][] {
  // Sorted by name: how a module namespace lists its exports differs between loaders.
  return Object.entries(policy)
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(
      (entry): entry is [string, Question] =>
        entry[0].startsWith("can") && typeof entry[1] === "function" && (entry[1] as Question).length <= 1,
    );
}

export function authorizationMatrix(): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const admitted = (q: Question) => ROLES.filter((role) => q(sampleUser(role)));
  for (const cap of CAPABILITIES) {
    const questions = policyQuestions(cap.policy);
    for (const [name, q] of questions) {
      rows.push({ capability: cap.name, kind: "question", name, question: name, roles: admitted(q) });
    }
    for (const [name, def] of Object.entries(cap.actions ?? {})) {
      // Every action must ask a question its own policy names, so that the table can say which.
      const named = questions.find(([, q]) => q === def.allow)?.[0];
      if (!named) throw new Error(`action ${cap.name}.${name} asks a question ${cap.policyFile} does not export`);
      rows.push({ capability: cap.name, kind: "action", name, question: named, roles: admitted(def.allow) });
    }
  }
  return rows;
}

/** The Markdown table of docs/authorization.md, one section per capability. */
export function renderAuthorizationTable(rows: readonly MatrixRow[] = authorizationMatrix()): string {
  const out: string[] = [];
  for (const cap of CAPABILITIES) {
    const mine = rows.filter((r) => r.capability === cap.name);
    out.push(`### ${cap.name} (\`${cap.policyFile}\`)`, "");
    out.push(`| question or action | ${ROLES.join(" | ")} |`, `|---|${ROLES.map(() => ":-:").join("|")}|`);
    for (const r of mine) {
      const label = r.kind === "action" ? `action \`${r.name}\` asks \`${r.question}\`` : `\`${r.name}\``;
      out.push(`| ${label} | ${ROLES.map((role) => (r.roles.includes(role) ? "✓" : "—")).join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

// The domain's words (statuses, priorities, severities, roles, record kinds) are defined once per
// language, in glossary.json, and placed where the capabilities' messages look them up. So a status
// has one label wherever it appears: a list chip, a filter, a notification, the audit trail, an export.
import type enGlossaryFile from "./en/glossary.json";

type Glossary = (typeof enGlossaryFile)["glossary"];

/** Where each glossary group is read from, as a message path (lib/i18n/glossary.test.ts checks both ways). */
export const GLOSSARY_PLACES = {
  ticketStatus: "tickets.statuses",
  priority: "sla.priorities",
  hazardStatus: "hazards.statuses",
  hazardSeverity: "hazards.severities",
  disputeStatus: "disputes.statuses",
  residencyStatus: "residency.statuses",
  documentStatus: "residency.docStatuses",
  role: "roles",
  recordKind: "audit.entities",
} as const satisfies Record<keyof Glossary, string>;

type Capabilities = {
  tickets: object;
  sla: object;
  hazards: object;
  disputes: object;
  residency: object;
  audit: object;
};

/** A locale's messages with the glossary's groups at their places (GLOSSARY_PLACES). */
export function withGlossary<M extends Capabilities>(messages: M, glossary: Glossary) {
  return {
    ...messages,
    glossary,
    roles: glossary.role,
    tickets: { ...messages.tickets, statuses: glossary.ticketStatus },
    sla: { ...messages.sla, priorities: glossary.priority },
    hazards: { ...messages.hazards, statuses: glossary.hazardStatus, severities: glossary.hazardSeverity },
    disputes: { ...messages.disputes, statuses: glossary.disputeStatus },
    residency: { ...messages.residency, statuses: glossary.residencyStatus, docStatuses: glossary.documentStatus },
    audit: { ...messages.audit, entities: glossary.recordKind },
  };
}

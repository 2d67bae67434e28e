// What the audit trail holds, as the audit view and the record histories name it. Commands write
// free-form action strings (lib/audit/record.ts); the lists here give the known ones a place in the
// filters and words in the messages (audit.actions.*). An action or kind not listed still shows, by
// its raw name, so a capability added later is never hidden from the log.

/** The record kinds (AuditEvent.entity) the view filters by, in the order the filter offers them. */
export const AUDIT_ENTITIES = [
  "Ticket",
  "Hazard",
  "Dispute",
  "ResidencyRequest",
  "Enterprise",
  "Visit",
  "Advisory",
  "PatrolTeam",
  "PatrolShift",
  "PatrolRota",
  "SlaRule",
  "DocumentRequirement",
  "User",
  "Station",
  "Workstation",
  "Department",
  "Setting",
  "Bureau",
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The actions commands record today, grouped by capability as the filter lists them. */
export const AUDIT_ACTIONS = [
  "ticket.create",
  "ticket.accept",
  "ticket.start",
  "ticket.resolve",
  "ticket.reject",
  "ticket.confirm",
  "ticket.reopen",
  "ticket.withdraw",
  "ticket.comment",
  "ticket.note",
  "ticket.requestHelp",
  "ticket.transfer",
  "ticket.escalate",
  "hazard.list",
  "hazard.start",
  "hazard.report",
  "hazard.close",
  "hazard.sendBack",
  "dispute.record",
  "dispute.logSession",
  "dispute.setRisk",
  "dispute.resolve",
  "dispute.refer",
  "residency.create",
  "residency.edit",
  "residency.batch",
  "residency.uploadDocument",
  "residency.submit",
  "residency.startReview",
  "residency.reviewDocument",
  "residency.askMaterials",
  "residency.approve",
  "residency.complete",
  "residency.reject",
  "residency.schedule",
  "residency.book",
  "residency.moveAppointment",
  "residency.cancelAppointment",
  "residency.viewPii",
  "residency.checklist.create",
  "residency.checklist.update",
  "residency.slots.open",
  "residency.slots.closeDay",
  "enterprise.create",
  "enterprise.update",
  "enterprise.deactivate",
  "enterprise.reactivate",
  "enterprise.import",
  "enterprise.assignOfficer",
  "enterprise.setSupports",
  "visit.log",
  "advisory.send",
  "advisory.acknowledge",
  "advisory.remind",
  "patrol.team.create",
  "patrol.team.update",
  "patrol.unavailable.mark",
  "patrol.unavailable.clear",
  "patrol.rota.generate",
  "patrol.holidays",
  "patrol.rota.publish",
  "patrol.night.edit",
  "patrol.shift.log",
  "patrol.request.attach",
  "sla.update",
  "enterprise.move",
  "user.create",
  "user.update",
  "user.disable",
  "user.enable",
  "user.invite",
  "user.passwordReset",
  "user.invitationAccepted",
  "user.passwordSet",
  "user.unlock",
  "user.resetTwoFactor",
  "user.signOutAllApps",
  "account.passwordChange",
  "account.signOutEverywhere",
  "account.twoFactorOn",
  "account.twoFactorOff",
  "account.signOutApp",
  "account.signOutAllApps",
  "settings.requireTwoFactor",
  "station.create",
  "station.update",
  "station.deactivate",
  "station.reactivate",
  "workstation.create",
  "workstation.update",
  "workstation.deactivate",
  "workstation.reactivate",
  "department.create",
  "department.update",
  "department.deactivate",
  "department.reactivate",
] as const;

/**
 * Reads of personal data that are audited: opening a request's full identity and phone numbers.
 * "PII views only" in the audit view is exactly these actions.
 */
export const PII_VIEW_ACTIONS: readonly string[] = ["residency.viewPii"];

/**
 * Actions the enterprise's side never sees in a history, because their pages keep them from it too:
 * a ticket's internal timeline entries (internal notes, help asked of another department, a transfer
 * between officers), the responsible-officer history, and the police's views of personal data.
 */
export const POLICE_ONLY_ACTIONS: readonly string[] = [
  "ticket.note",
  "ticket.requestHelp",
  "ticket.transfer",
  "enterprise.assignOfficer",
  "residency.viewPii",
];

/**
 * Fields that hold personal data. Today's commands keep them out of the audit rows, but a history
 * must not depend on that: their values are masked for every viewer who may not see them in full.
 */
export const PERSONAL_FIELDS = {
  idNumber: ["applicantIdNumber", "idNumber", "residentIdNumber"],
  phone: ["applicantPhone", "phone", "mobile", "contactPhone"],
} as const;

/** Bookkeeping fields that say nothing to a reader (the row version, ids of internal rows). */
export const TECHNICAL_FIELDS: readonly string[] = [
  "version",
  "eventId",
  "attachmentId",
  "appointmentId",
  "documentId",
  "slotId",
  "repeatOfId",
];

/** Fields that name a user of the bureau; shown by the user's name. */
export const USER_FIELDS: readonly string[] = [
  "assigneeId",
  "responsibleOfficerId",
  "reviewerId",
  "serviceOfficerId",
  "leadOfficerId",
];

/** Fields that name other records of the bureau; shown by their names. */
export const REFERENCE_FIELDS = {
  department: ["departmentId", "departmentIds"],
  enterprise: ["enterpriseId", "enterprises", "members", "memberIds", "added", "removed"],
  station: ["stationId"],
  workstation: ["workstationId"],
} as const;

export type ReferenceKind = keyof typeof REFERENCE_FIELDS | "user";

/** Enumerated values shown through the words of the messages: field → message namespace. */
export const ENUM_FIELDS: Record<string, string> = {
  category: "sla.categories",
  priority: "sla.priorities",
  severity: "hazards.severities",
  projectPhase: "enterprise.phases",
  serviceMode: "residency.modes",
};

/** Where the words for a record's `status` field live, by record kind. */
export const STATUS_MESSAGES: Record<string, string> = {
  Ticket: "tickets.statuses",
  Hazard: "hazards.statuses",
  Dispute: "disputes.statuses",
  ResidencyRequest: "residency.statuses",
};

/** Where the words for a record's `kind` field live, by record kind. */
export const KIND_MESSAGES: Record<string, string> = {
  Dispute: "disputes.kinds",
  ResidencyRequest: "residency.kinds",
};

/** The detail page of a record, for links from the audit view; kinds without a page have none. */
export function recordHref(entity: string, entityId: string): string | null {
  const base: Record<string, string> = {
    Ticket: "/tickets",
    Hazard: "/hazards",
    Dispute: "/disputes",
    ResidencyRequest: "/residency",
    Enterprise: "/enterprises",
    Advisory: "/advisories",
  };
  return base[entity] ? `${base[entity]}/${encodeURIComponent(entityId)}` : null;
}

// Residency requests over the API: a liaison follows the enterprise's requests (status, checklist,
// appointment); the police read theirs. Applicant identity and phone numbers come from the scoped
// queries exactly as the pages get them: masked for everyone but the reviewing officer, whose full
// view is audited there.
import { z } from "zod";
import { DocumentStatus, Education, ResidencyKind, ResidencyStatus, ServiceMode } from "../../db/generated/enums.ts";
import { WINDOW_MODES } from "../../residency/appointments.ts";
import { missingItems } from "../../residency/machine.ts";
import { canSeeResidency } from "../../residency/policy.ts";
import {
  RESIDENCY_PAGE_SIZE,
  getRequestForUser,
  listRequests,
  type ResidencyDetail,
  type ResidencyListRow,
} from "../../residency/queries.ts";
import { answer, defineEndpoint, notFound } from "../endpoint.ts";
import {
  attachmentShape,
  idParams,
  instant,
  iso,
  isoOrNull,
  named,
  optionalInstant,
  pageOf,
  pageQuery,
  person,
} from "../shapes.ts";

const residencySummary = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(ResidencyKind),
    status: z.enum(ResidencyStatus),
    applicantName: z.string(),
    applicantIdNumber: z.string().meta({ description: "Masked (3702**********123X) but for the reviewing officer." }),
    applicantPhone: z.string().meta({ description: "Masked (138****5678) but for the reviewing officer." }),
    serviceMode: z.enum(ServiceMode),
    greenChannel: z.boolean(),
    submittedAt: optionalInstant,
    createdAt: instant,
    enterprise: named,
  })
  .meta({ id: "ResidencySummary" });

const documentShape = z
  .object({
    id: z.string(),
    code: z.string(),
    label: z.string(),
    labelEn: z.string(),
    required: z.boolean(),
    status: z.enum(DocumentStatus),
    rejectReason: z.string().nullable().meta({ description: "Why the police rejected the file; null otherwise." }),
    file: attachmentShape.nullable(),
  })
  .meta({ id: "ResidencyDocument" });

const appointmentShape = z
  .object({ startsAt: instant, endsAt: instant, station: person })
  .meta({ id: "ResidencyAppointment" });

const residencyShape = residencySummary
  .extend({
    version: z.number().int(),
    fullApplicant: z
      .boolean()
      .meta({ description: "Whether the identity and phone numbers are shown in full (the reviewing officer)." }),
    education: z.enum(Education).nullable(),
    greenChannelReason: z.string().nullable(),
    materialsNote: z.string().nullable().meta({ description: "What the police asked for, while they wait for it." }),
    rejectReason: z.string().nullable().meta({ description: "Why the request was rejected, once it is." }),
    createdBy: person,
    reviewer: person.nullable(),
    serviceOfficer: person.nullable(),
    serviceDate: optionalInstant,
    completedAt: optionalInstant,
    documents: z.array(documentShape),
    missing: z
      .array(z.string())
      .meta({ description: "Codes of the documents that keep the request from going (back) to the police." }),
    appointment: appointmentShape
      .nullable()
      .meta({ description: "The window appointment booked and not cancelled, for window service." }),
  })
  .meta({ id: "Residency" });

function summaryOf(r: ResidencyListRow | ResidencyDetail): z.input<typeof residencySummary> {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    applicantName: r.applicantName,
    applicantIdNumber: r.applicantIdNumber,
    applicantPhone: r.applicantPhone,
    serviceMode: r.serviceMode,
    greenChannel: r.greenChannel,
    submittedAt: isoOrNull(r.submittedAt),
    createdAt: iso(r.createdAt),
    enterprise: { id: r.enterprise.id, name: r.enterprise.name, nameEn: r.enterprise.nameEn },
  };
}

const personOf = (p: { name: string; nameEn: string } | null) => (p ? { name: p.name, nameEn: p.nameEn } : null);

function residencyOf(r: ResidencyDetail): z.input<typeof residencyShape> {
  const active = r.appointment && !r.appointment.cancelledAt ? r.appointment : null;
  const window = (WINDOW_MODES as readonly string[]).includes(r.serviceMode);
  return {
    ...summaryOf(r),
    version: r.version,
    fullApplicant: r.fullApplicant,
    education: r.education,
    // The page shows these only while they apply; a later status makes them history.
    greenChannelReason: r.greenChannel ? r.greenChannelReason : null,
    materialsNote: r.status === "NEEDS_MATERIALS" ? r.materialsNote : null,
    rejectReason: r.status === "REJECTED" ? r.rejectReason : null,
    createdBy: personOf(r.createdBy)!,
    reviewer: personOf(r.reviewer),
    serviceOfficer: personOf(r.serviceOfficer),
    serviceDate: isoOrNull(r.serviceDate),
    completedAt: isoOrNull(r.completedAt),
    documents: r.documents.map((d) => ({
      id: d.id,
      code: d.requirement.code,
      label: d.requirement.label,
      labelEn: d.requirement.labelEn,
      required: d.requirement.required,
      status: d.status,
      rejectReason: d.status === "REJECTED" ? d.rejectReason : null,
      file: d.attachment ? { ...d.attachment, createdAt: iso(d.attachment.createdAt) } : null,
    })),
    missing: missingItems(r.documents.map((d) => ({ ...d.requirement, status: d.status }))).map((d) => d.code),
    appointment:
      window && active
        ? {
            startsAt: iso(active.slot.startsAt),
            endsAt: iso(active.slot.endsAt),
            station: { name: active.slot.station.name, nameEn: active.slot.station.nameEn },
          }
        : null,
  };
}

const residencyListQuery = pageQuery.extend({
  status: z
    .union([z.literal("waiting"), z.literal("all"), z.enum(ResidencyStatus)], { message: "errors.invalidField" })
    .optional()
    .meta({ description: "One status, `waiting` (submitted or under review) or `all`. Default: all." }),
  kind: z.enum(ResidencyKind, { message: "errors.invalidField" }).optional(),
});

export const residencyEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/residency",
    operationId: "listResidencyRequests",
    summary:
      "The residency requests of the user's scope: a liaison's enterprise's newest first, the police's " +
      "green channel first, then the longest waiting. Applicant numbers are always masked in the list.",
    tag: "Residency",
    allow: canSeeResidency,
    query: residencyListQuery,
    response: pageOf(residencySummary, "ResidencyPage"),
    run: async (ctx, { query }) => {
      const q = query as z.output<typeof residencyListQuery>;
      const { rows, total } = await listRequests(ctx.user, {
        status: q.status === "all" ? undefined : q.status,
        kind: q.kind,
        page: q.page,
      });
      return answer({ items: rows.map(summaryOf), page: q.page, pageSize: RESIDENCY_PAGE_SIZE, total });
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/residency/{id}",
    operationId: "getResidencyRequest",
    summary:
      "One residency request: status, checklist, appointment, and the applicant as the user's page shows " +
      "them (in full, and audited, only for the reviewing officer).",
    tag: "Residency",
    allow: canSeeResidency,
    params: idParams,
    response: residencyShape,
    run: async (ctx, { params }) => {
      const request = await getRequestForUser(ctx.user, params.id!);
      return request ? answer(residencyOf(request)) : notFound(ctx);
    },
  }),
];

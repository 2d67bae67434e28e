// Hazards over the API: the police and the enterprise read the hazards of their scope; a liaison
// starts rectifying one and reports it rectified, with photos.
import { z } from "zod";
import { HazardSource, HazardStatus, Severity, VisitKind } from "../../db/generated/enums.ts";
import { hazardActions } from "../../hazards/actions-def.ts";
import { isHazardOverdue } from "../../hazards/machine.ts";
import { canSeeHazards } from "../../hazards/policy.ts";
import { HAZARD_PAGE_SIZE, getHazardForUser, listHazards, type HazardListRow } from "../../hazards/queries.ts";
import { hazardRefSchema, reportSchema } from "../../hazards/schemas.ts";
import { idField } from "../../forms/fields.ts";
import { clock } from "../../time/clock.ts";
import {
  answer,
  bodyObject,
  defineEndpoint,
  fromAction,
  notFound,
  type ApiContext,
  type ApiInput,
} from "../endpoint.ts";
import {
  attachmentShape,
  filesField,
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

const hazardSummary = z
  .object({
    id: z.string(),
    description: z.string(),
    location: z.string(),
    severity: z.enum(Severity),
    status: z.enum(HazardStatus),
    deadline: instant.meta({ description: "The last instant of the China day the rectification is due." }),
    overdue: z.boolean().meta({ description: "Still open past its deadline." }),
    version: z
      .number()
      .int()
      .meta({ description: "Send it back with a change; a newer one on the server answers 409." }),
    repeatOfId: z.string().nullable().meta({ description: "An earlier hazard at the same place." }),
    enterprise: named,
  })
  .meta({ id: "HazardSummary" });

export const hazardShape = hazardSummary
  .extend({
    source: z.enum(HazardSource),
    ticket: z
      .object({ id: z.string(), number: z.string() })
      .nullable()
      .meta({ description: "The ticket it was listed from." }),
    visit: z
      .object({ visitedAt: instant, kind: z.enum(VisitKind) })
      .nullable()
      .meta({ description: "The visit it was found on." }),
    repeatOf: z.object({ id: z.string(), description: z.string(), createdAt: instant }).nullable(),
    listedBy: person,
    createdAt: instant,
    rectifyNote: z.string().nullable(),
    rectifiedAt: optionalInstant,
    sendBackReason: z
      .string()
      .nullable()
      .meta({ description: "Why the police sent the last report back; null once closed." }),
    verifiedBy: person.nullable(),
    closedAt: optionalInstant,
    photos: z.array(attachmentShape).meta({ description: "Taken when it was listed." }),
    rectificationPhotos: z.array(attachmentShape).meta({ description: "Sent with the enterprise's report." }),
  })
  .meta({ id: "Hazard" });

type Detail = NonNullable<Awaited<ReturnType<typeof getHazardForUser>>>;

const personOf = (p: { name: string; nameEn: string }) => ({ name: p.name, nameEn: p.nameEn });

function summaryOf(h: HazardListRow, now: Date): z.input<typeof hazardSummary> {
  return {
    id: h.id,
    description: h.description,
    location: h.location,
    severity: h.severity,
    status: h.status,
    deadline: iso(h.deadline),
    overdue: isHazardOverdue(h, now),
    version: h.version,
    repeatOfId: h.repeatOfId,
    enterprise: h.enterprise,
  };
}

function hazardOf(h: Detail, now: Date): z.input<typeof hazardShape> {
  const file = (a: Detail["attachments"][number]) => ({
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    size: a.size,
    createdAt: iso(a.createdAt),
  });
  return {
    ...summaryOf(h, now),
    source: h.source,
    ticket: h.ticket,
    visit: h.visit ? { visitedAt: iso(h.visit.visitedAt), kind: h.visit.kind } : null,
    repeatOf: h.repeatOf
      ? { id: h.repeatOf.id, description: h.repeatOf.description, createdAt: iso(h.repeatOf.createdAt) }
      : null,
    listedBy: personOf(h.listedBy),
    createdAt: iso(h.createdAt),
    rectifyNote: h.rectifyNote,
    rectifiedAt: isoOrNull(h.rectifiedAt),
    // As on the hazard's page: a reason of a hazard since closed out is history, not a task.
    sendBackReason: h.status === "CLOSED" ? null : h.sendBackReason,
    verifiedBy: h.verifiedBy ? personOf(h.verifiedBy) : null,
    closedAt: isoOrNull(h.closedAt),
    // The page's split: the listing officer's photos, and the enterprise's with its report.
    photos: h.attachments.filter((a) => a.uploadedById === h.listedById).map(file),
    rectificationPhotos: h.attachments.filter((a) => a.uploadedById !== h.listedById).map(file),
  };
}

/** The hazard as the user now sees it, after a change they made. */
async function hazardAfter(ctx: ApiContext, id: string) {
  const hazard = await getHazardForUser(ctx.user, id);
  if (!hazard) throw new Error("a hazard the user just changed is out of their scope");
  return hazardOf(hazard, clock.now());
}

const sameHazard = (_data: unknown, ctx: ApiContext, { params }: ApiInput) => hazardAfter(ctx, params.id!);

const withHazardId = ({ params, body }: ApiInput) => ({ ...bodyObject(body), hazardId: params.id });

const hazardListQuery = pageQuery.extend({
  status: z.enum(HazardStatus, { message: "errors.invalidField" }).optional(),
  overdue: z
    .enum(["true", "false"], { message: "errors.invalidField" })
    .optional()
    .meta({ description: "`true`: only those still open past their deadline." }),
  enterpriseId: idField.optional().meta({ description: "One enterprise of the user's scope." }),
});

const reportBody = reportSchema.omit({ hazardId: true });

export const hazardEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/hazards",
    operationId: "listHazards",
    summary: "The hazards of the user's scope (a liaison: their enterprise's), overdue first, then by deadline.",
    tag: "Hazards",
    allow: canSeeHazards,
    query: hazardListQuery,
    response: pageOf(hazardSummary, "HazardPage"),
    run: async (ctx, { query }) => {
      const q = query as z.output<typeof hazardListQuery>;
      const now = clock.now();
      const { rows, total } = await listHazards(ctx.user, {
        status: q.status,
        enterpriseId: q.enterpriseId,
        overdueOnly: q.overdue === "true",
        page: q.page,
        now,
      });
      return answer({
        items: rows.map((r) => summaryOf(r, now)),
        page: q.page,
        pageSize: HAZARD_PAGE_SIZE,
        total,
      });
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/hazards/{id}",
    operationId: "getHazard",
    summary: "One hazard with its photos, report and verdict.",
    tag: "Hazards",
    allow: canSeeHazards,
    params: idParams,
    response: hazardShape,
    run: async (ctx, { params }) => {
      const hazard = await getHazardForUser(ctx.user, params.id!);
      return hazard ? answer(hazardOf(hazard, clock.now())) : notFound(ctx);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/hazards/{id}/start",
    operationId: "startRectifyingHazard",
    summary: "Start rectifying a listed hazard (liaison).",
    tag: "Hazards",
    allow: hazardActions.start.allow,
    params: idParams,
    body: hazardRefSchema.omit({ hazardId: true }),
    response: hazardShape,
    run: fromAction(hazardActions.start, withHazardId, sameHazard),
  }),
  defineEndpoint({
    method: "POST",
    path: "/hazards/{id}/rectification",
    operationId: "reportHazardRectified",
    summary:
      "Report a hazard rectified, with what was done and photos when sent as multipart/form-data (liaison). " +
      "The officer who listed it is told.",
    tag: "Hazards",
    allow: hazardActions.report.allow,
    params: idParams,
    body: reportBody.omit({ attachments: true }),
    formBody: reportBody.extend({ attachments: filesField }),
    response: hazardShape,
    run: fromAction(hazardActions.report, withHazardId, sameHazard),
  }),
];

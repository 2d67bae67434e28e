// Advisories over the API, for the enterprise that received them: the liaison's list (those not yet
// acknowledged first, urgent ones on top), reading one (which counts as the enterprise having read
// it, as opening its page does) and acknowledging it.
import { z } from "zod";
import { AdvisoryUrgency } from "../../db/generated/enums.ts";
import { advisoryActions } from "../../advisories/actions-def.ts";
import { markAdvisoryRead } from "../../advisories/commands.ts";
import { canAcknowledgeAdvisories } from "../../advisories/policy.ts";
import { ADVISORY_PAGE_SIZE, getAdvisoryForUser, listReceivedAdvisories } from "../../advisories/queries.ts";
import { advisoryRefSchema } from "../../advisories/schemas.ts";
import { NotFoundError } from "../../auth/errors.ts";
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
import { attachmentShape, idParams, instant, iso, isoOrNull, optionalInstant, pageOf, pageQuery } from "../shapes.ts";

const receivedShape = z
  .object({
    id: z.string().meta({ description: "The advisory's id." }),
    title: z.string(),
    urgency: z.enum(AdvisoryUrgency),
    expiresAt: optionalInstant,
    receivedAt: instant,
    readAt: optionalInstant.meta({ description: "When the enterprise first opened it." }),
    acknowledgedAt: optionalInstant,
  })
  .meta({ id: "ReceivedAdvisory" });

const advisoryShape = receivedShape
  .omit({ receivedAt: true })
  .extend({
    body: z.string(),
    expired: z.boolean(),
    sentAt: instant,
    sender: z.object({ name: z.string(), nameEn: z.string() }),
    attachments: z.array(attachmentShape),
  })
  .meta({ id: "Advisory" });

type Detail = NonNullable<Awaited<ReturnType<typeof getAdvisoryForUser>>>;

function advisoryOf(a: Detail, now: Date): z.input<typeof advisoryShape> {
  return {
    id: a.id,
    title: a.title,
    urgency: a.urgency,
    expiresAt: isoOrNull(a.expiresAt),
    readAt: isoOrNull(a.own?.readAt),
    acknowledgedAt: isoOrNull(a.own?.acknowledgedAt),
    body: a.body,
    expired: a.expiresAt !== null && a.expiresAt <= now,
    sentAt: iso(a.createdAt),
    sender: { name: a.sender.name, nameEn: a.sender.nameEn },
    attachments: a.attachments.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      createdAt: iso(f.createdAt),
    })),
  };
}

/** The advisory as the enterprise now sees it, after it acknowledged it. */
async function advisoryAfter(ctx: ApiContext, id: string) {
  const advisory = await getAdvisoryForUser(ctx.user, id);
  if (!advisory) throw new Error("an advisory the user just acknowledged is out of their scope");
  return advisoryOf(advisory, clock.now());
}

const withAdvisoryId = ({ params, body }: ApiInput) => ({ ...bodyObject(body), advisoryId: params.id });

export const advisoryEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/advisories",
    operationId: "listReceivedAdvisories",
    summary:
      "The advisories the liaison's enterprise received: those not yet acknowledged first (urgent ones on " +
      "top), then the acknowledged ones, newest first in each.",
    tag: "Advisories",
    allow: canAcknowledgeAdvisories,
    query: pageQuery,
    response: pageOf(receivedShape, "ReceivedAdvisoryPage", {
      unacknowledged: z.number().int().meta({ description: "How many are not yet acknowledged, on every page." }),
    }),
    run: async (ctx, { query }) => {
      const { page } = query as z.output<typeof pageQuery>;
      const { rows, total, unacknowledged } = await listReceivedAdvisories(ctx.user, { page });
      return answer({
        items: rows.map((r) => ({
          id: r.advisory.id,
          title: r.advisory.title,
          urgency: r.advisory.urgency,
          expiresAt: isoOrNull(r.expiresAt),
          receivedAt: iso(r.createdAt),
          readAt: isoOrNull(r.readAt),
          acknowledgedAt: isoOrNull(r.acknowledgedAt),
        })),
        page,
        pageSize: ADVISORY_PAGE_SIZE,
        total,
        unacknowledged,
      });
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/advisories/{id}",
    operationId: "getReceivedAdvisory",
    summary: "One advisory the enterprise received. Reading it counts as the enterprise having read it.",
    tag: "Advisories",
    allow: canAcknowledgeAdvisories,
    params: idParams,
    response: advisoryShape,
    run: async (ctx, { params }) => {
      const id = params.id!;
      // As its page does: a reading is recorded before the answer, so the answer already says "read".
      if (!(await getAdvisoryForUser(ctx.user, id))) return notFound(ctx);
      try {
        await markAdvisoryRead(ctx.user, { advisoryId: id });
      } catch (error) {
        // Withdrawn between the two reads: gone for this reader as for any other.
        if (error instanceof NotFoundError) return notFound(ctx);
        throw error;
      }
      const advisory = await getAdvisoryForUser(ctx.user, id);
      return advisory ? answer(advisoryOf(advisory, clock.now())) : notFound(ctx);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/advisories/{id}/acknowledge",
    operationId: "acknowledgeAdvisory",
    summary: "Acknowledge an advisory for the liaison's enterprise (and so have read it); again changes nothing.",
    tag: "Advisories",
    allow: advisoryActions.acknowledge.allow,
    params: idParams,
    body: advisoryRefSchema.omit({ advisoryId: true }),
    response: advisoryShape,
    run: fromAction(advisoryActions.acknowledge, withAdvisoryId, (_data, ctx, { params }) =>
      advisoryAfter(ctx, params.id!),
    ),
  }),
];

// Tickets over the API: a liaison files with photos, lists and reads the enterprise's tickets,
// comments, confirms and rates; an officer reads the queue, accepts, comments and resolves.
import { z } from "zod";
import { Priority, TicketCategory, TicketEventKind, TicketStatus } from "../../db/generated/enums.ts";
import { canSeeTickets } from "../../tickets/policy.ts";
import { ticketActions } from "../../tickets/actions-def.ts";
import {
  commentSchema,
  confirmSchema,
  createTicketSchema,
  resolveSchema,
  ticketRefSchema,
} from "../../tickets/schemas.ts";
import { findTicketForUser } from "../../tickets/queries.ts";
import { listTicketsForUser } from "../../tickets/list.ts";
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
  person,
} from "../shapes.ts";

export const ticketEventShape = z
  .object({
    id: z.string(),
    kind: z.enum(TicketEventKind),
    internal: z.boolean().meta({ description: "A police-only note; never sent to a liaison." }),
    body: z.string().nullable(),
    fromStatus: z.enum(TicketStatus).nullable(),
    toStatus: z.enum(TicketStatus).nullable(),
    actor: person.nullable(),
    createdAt: instant,
  })
  .meta({ id: "TicketEvent" });

const ticketSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    category: z.enum(TicketCategory),
    priority: z.enum(Priority),
    status: z.enum(TicketStatus),
    dueAt: optionalInstant.meta({ description: "The deadline that applies now; null once nothing is due." }),
    createdAt: instant,
    enterprise: named,
    assignee: person.nullable(),
  })
  .meta({ id: "TicketSummary" });

export const ticketShape = ticketSummary
  .extend({
    version: z
      .number()
      .int()
      .meta({ description: "Send it back with a change; a newer one on the server answers 409." }),
    description: z.string(),
    location: z.string(),
    resolutionText: z.string().nullable(),
    rating: z.number().int().nullable(),
    resolvedAt: optionalInstant,
    events: z.array(ticketEventShape),
    attachments: z.array(attachmentShape),
  })
  .meta({ id: "Ticket" });

type Detail = NonNullable<Awaited<ReturnType<typeof findTicketForUser>>>;

function eventOf(
  e: { id: string; kind: TicketEventKind; visibility: string; body: string | null; createdAt: Date } & {
    fromStatus?: TicketStatus | null;
    toStatus?: TicketStatus | null;
    actor?: { name: string; nameEn: string } | null;
  },
): z.input<typeof ticketEventShape> {
  return {
    id: e.id,
    kind: e.kind,
    internal: e.visibility === "INTERNAL",
    body: e.body,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    actor: e.actor ? { name: e.actor.name, nameEn: e.actor.nameEn } : null,
    createdAt: iso(e.createdAt),
  };
}

function ticketOf(t: Detail): z.input<typeof ticketShape> {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    category: t.category,
    priority: t.priority,
    status: t.status,
    dueAt: isoOrNull(t.dueAt),
    createdAt: iso(t.createdAt),
    enterprise: { id: t.enterprise.id, name: t.enterprise.name, nameEn: t.enterprise.nameEn },
    assignee: t.assignee ? { name: t.assignee.name, nameEn: t.assignee.nameEn } : null,
    version: t.version,
    description: t.description,
    location: t.location,
    resolutionText: t.resolutionText,
    rating: t.rating,
    resolvedAt: isoOrNull(t.resolvedAt),
    events: t.events.map(eventOf),
    attachments: t.attachments.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
  };
}

/** The ticket as the user now sees it, after a change they made. */
async function ticketAfter(ctx: ApiContext, id: string) {
  const ticket = await findTicketForUser(ctx.user, id);
  if (!ticket) throw new Error("a ticket the user just changed is out of their scope");
  return ticketOf(ticket);
}

const sameTicket = (_data: unknown, ctx: ApiContext, { params }: ApiInput) => ticketAfter(ctx, params.id!);

const withTicketId = ({ params, body }: { params: Record<string, string>; body: unknown }) => ({
  ...bodyObject(body),
  ticketId: params.id,
});

const ticketListQuery = z.object({
  status: z
    .union([z.enum(TicketStatus), z.literal("open"), z.literal("all")], { message: "errors.invalidField" })
    .optional()
    .meta({ description: "One status, `open` (everything not finished) or `all`. Default: all." }),
  page: z.coerce
    .number()
    .int("errors.invalidField")
    .min(1, "errors.invalidField")
    .max(10_000, "errors.invalidField")
    .default(1),
});

export const ticketEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/tickets",
    operationId: "listTickets",
    summary: "The tickets the user may see: a liaison's enterprise's, an officer's queue, ordered by deadline.",
    tag: "Tickets",
    allow: canSeeTickets,
    query: ticketListQuery,
    response: pageOf(ticketSummary, "TicketPage"),
    run: async (ctx, { query }) => {
      const q = query as z.output<typeof ticketListQuery>;
      const list = await listTicketsForUser(ctx.user, {
        status: q.status ?? "all",
        page: q.page,
        overdue: false,
        attention: false,
      });
      return answer({
        items: list.rows.map((r) => ({
          id: r.id,
          number: r.number,
          title: r.title,
          category: r.category,
          priority: r.priority,
          status: r.status,
          dueAt: isoOrNull(r.dueAt),
          createdAt: iso(r.createdAt),
          enterprise: r.enterprise,
          assignee: r.assignee,
        })),
        page: list.page,
        pageSize: list.pageSize,
        total: list.total,
      });
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets",
    operationId: "fileTicket",
    summary: "File a ticket for the liaison's enterprise, with photos when sent as multipart/form-data.",
    tag: "Tickets",
    allow: ticketActions.create.allow,
    body: createTicketSchema,
    formBody: createTicketSchema.extend({ attachments: filesField }),
    response: ticketShape,
    successStatus: 201,
    run: fromAction(
      ticketActions.create,
      ({ body }) => bodyObject(body),
      (data, ctx) => ticketAfter(ctx, data.id),
    ),
  }),
  defineEndpoint({
    method: "GET",
    path: "/tickets/{id}",
    operationId: "getTicket",
    summary: "One ticket with its timeline as the user may see it.",
    tag: "Tickets",
    allow: canSeeTickets,
    params: idParams,
    response: ticketShape,
    run: async (ctx, { params }) => {
      const ticket = await findTicketForUser(ctx.user, params.id!);
      return ticket ? answer(ticketOf(ticket)) : notFound(ctx);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets/{id}/accept",
    operationId: "acceptTicket",
    summary: "Accept a submitted ticket (officer).",
    tag: "Tickets",
    allow: ticketActions.accept.allow,
    params: idParams,
    body: ticketRefSchema.omit({ ticketId: true }),
    response: ticketShape,
    run: fromAction(ticketActions.accept, withTicketId, sameTicket),
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets/{id}/start",
    operationId: "startTicket",
    summary: "Start work on an accepted or reopened ticket (officer).",
    tag: "Tickets",
    allow: ticketActions.start.allow,
    params: idParams,
    body: ticketRefSchema.omit({ ticketId: true }),
    response: ticketShape,
    run: fromAction(ticketActions.start, withTicketId, sameTicket),
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets/{id}/resolve",
    operationId: "resolveTicket",
    summary: "Resolve a ticket being worked, with what was done (officer).",
    tag: "Tickets",
    allow: ticketActions.resolve.allow,
    params: idParams,
    body: resolveSchema.omit({ ticketId: true }),
    response: ticketShape,
    run: fromAction(ticketActions.resolve, withTicketId, sameTicket),
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets/{id}/confirm",
    operationId: "confirmTicket",
    summary: "Confirm a resolved ticket and rate the work, 1 to 5 (liaison). A low rating reaches the chief.",
    tag: "Tickets",
    allow: ticketActions.confirm.allow,
    params: idParams,
    body: confirmSchema.omit({ ticketId: true }),
    response: ticketShape,
    run: fromAction(ticketActions.confirm, withTicketId, sameTicket),
  }),
  defineEndpoint({
    method: "POST",
    path: "/tickets/{id}/comments",
    operationId: "commentOnTicket",
    summary: "Add a comment both sides see.",
    tag: "Tickets",
    allow: ticketActions.comment.allow,
    params: idParams,
    body: commentSchema.omit({ ticketId: true }),
    response: ticketEventShape,
    successStatus: 201,
    run: fromAction(ticketActions.comment, withTicketId, (data) =>
      eventOf({ ...data.event, actor: { name: data.event.actor.name, nameEn: data.event.actor.nameEn } }),
    ),
  }),
];

// The user's own notifications over the API: the list with its unread count, each one written in the
// reader's language by the same renderer as the notifications page, and marking them read.
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { MESSAGES } from "../../../messages/index.ts";
import type { Locale } from "../../../i18n/locales.ts";
import { notificationActions } from "../../notifications/actions-def.ts";
import { canReadOwnNotifications } from "../../notifications/policy.ts";
import { listNotifications, unreadCount, type NotificationRow } from "../../notifications/queries.ts";
import { notificationMessageKey, paramsForReader } from "../../notifications/render.ts";
import { markAllReadSchema, markReadSchema } from "../../notifications/schemas.ts";
import { answer, bodyObject, defineEndpoint, fromAction, type ApiContext } from "../endpoint.ts";
import { instant, iso, isoOrNull, optionalInstant, pageOf, pageQuery } from "../shapes.ts";

const notificationShape = z
  .object({
    id: z.string(),
    kind: z.string().meta({ description: "What happened, e.g. `ticketStatusChanged`; new kinds may appear." }),
    text: z.string().meta({ description: "The notification as the portal words it, in the reader's language." }),
    link: z
      .string()
      .nullable()
      .meta({ description: "The portal path of what it is about (e.g. `/tickets/{id}`); null when there is none." }),
    readAt: optionalInstant,
    createdAt: instant,
  })
  .meta({ id: "Notification" });

const markedShape = z
  .object({
    updated: z.number().int().meta({ description: "How many were unread and are read now." }),
    unread: z.number().int().meta({ description: "How many of the user's notifications are still unread." }),
  })
  .meta({ id: "NotificationsMarked" });

type Render = (row: NotificationRow) => string;
const renderers = new Map<Locale, Render>();

/** The notifications page's wording for one locale: its message key, params and status names. */
function rendererFor(locale: Locale): Render {
  let render = renderers.get(locale);
  if (!render) {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications" });
    const ts = createTranslator({ locale, messages: MESSAGES[locale], namespace: "tickets.statuses" });
    const statusLabel = (status: string) => (ts.has(status as never) ? ts(status as never) : status);
    render = (row) => {
      const key = notificationMessageKey(row.kind, row.params, (k) => t.has(k as never));
      return t(key as never, paramsForReader(row.params, locale, statusLabel) as never);
    };
    renderers.set(locale, render);
  }
  return render;
}

/** Only paths of the portal, as the page links them: a stored link must never send the reader elsewhere. */
const internalPath = (link: string) => (/^\/(?![/\\])/.test(link) ? link : null);

const notificationListQuery = pageQuery.extend({
  unread: z
    .enum(["true", "false"], { message: "errors.invalidField" })
    .optional()
    .meta({ description: "`true`: only the unread ones." }),
});

const marked = async ({ updated }: { updated: number }, ctx: ApiContext) => ({
  updated,
  unread: await unreadCount(ctx.user),
});

export const notificationEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/notifications",
    operationId: "listNotifications",
    summary: "The user's notifications, newest first, with how many are unread. A page past the end answers the last.",
    tag: "Notifications",
    allow: canReadOwnNotifications,
    query: notificationListQuery,
    response: pageOf(notificationShape, "NotificationPage", {
      unread: z.number().int().meta({ description: "How many of the user's notifications are unread." }),
    }),
    run: async (ctx, { query }) => {
      const q = query as z.output<typeof notificationListQuery>;
      const list = await listNotifications(ctx.user, { page: q.page, unreadOnly: q.unread === "true" });
      const render = rendererFor(ctx.locale);
      return answer({
        items: list.rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          text: render(row),
          link: internalPath(row.link),
          readAt: isoOrNull(row.readAt),
          createdAt: iso(row.createdAt),
        })),
        page: list.page,
        pageSize: list.pageSize,
        total: list.total,
        unread: list.unread,
      });
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/notifications/read",
    operationId: "markNotificationsRead",
    summary: "Mark some of the user's notifications read; ids of anyone else's change nothing.",
    tag: "Notifications",
    allow: notificationActions.markRead.allow,
    body: markReadSchema,
    response: markedShape,
    run: fromAction(notificationActions.markRead, ({ body }) => bodyObject(body), marked),
  }),
  defineEndpoint({
    method: "POST",
    path: "/notifications/read-all",
    operationId: "markAllNotificationsRead",
    summary:
      "Mark every unread notification of the user read; with `before`, only those that arrived by then " +
      "(send the time the list was shown, so one arriving meanwhile is not marked unseen).",
    tag: "Notifications",
    allow: notificationActions.markAllRead.allow,
    // The action reads `before` with z.coerce.date, which JSON Schema cannot describe; on the wire it is an instant.
    body: markAllReadSchema.extend({ before: instant.optional() }),
    response: markedShape,
    run: fromAction(notificationActions.markAllRead, ({ body }) => bodyObject(body), marked),
  }),
];

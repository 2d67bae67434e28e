// Kept apart from the "use server" module so tests can run them through executeAction.
import "server-only";
import { defineActionDefinition as define } from "../auth/action-core.ts";
import { markAllRead, markRead } from "./commands.ts";
import { canReadOwnNotifications } from "./policy.ts";
import { markAllReadSchema, markReadSchema } from "./schemas.ts";

export const notificationActions = {
  markRead: define({ allow: canReadOwnNotifications, schema: markReadSchema, run: markRead }),
  markAllRead: define({ allow: canReadOwnNotifications, schema: markAllReadSchema, run: markAllRead }),
};

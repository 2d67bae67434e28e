import "server-only";
import type { ActionDefinition } from "../auth/action-core.ts";
import type { Role } from "../db/generated/enums.ts";
import { markAllRead, markRead } from "./commands.ts";
import { markAllReadSchema, markReadSchema } from "./schemas.ts";

// Kept apart from the "use server" module so tests can run them through executeAction.

/** Everyone who can sign in has notifications of their own. */
const EVERY_ROLE: readonly Role[] = ["LIAISON", "OFFICER", "CHIEF", "ADMIN"];

type Updated = { updated: number };

export const markReadDefinition: ActionDefinition<typeof markReadSchema, Updated> = {
  roles: EVERY_ROLE,
  schema: markReadSchema,
  run: (user, input) => markRead(user, input),
};

export const markAllReadDefinition: ActionDefinition<typeof markAllReadSchema, Updated> = {
  roles: EVERY_ROLE,
  schema: markAllReadSchema,
  run: (user, input) => markAllRead(user, input),
};

// Server-action definitions of the visit capability: allowed roles, input schema, command.
// app/(portal)/visits/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import { logVisit } from "./commands.ts";
import { VISIT_LOGGER_ROLES } from "./policy.ts";
import { logVisitSchema } from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const visitActions = {
  log: define({ roles: VISIT_LOGGER_ROLES, schema: logVisitSchema, run: logVisit }),
};

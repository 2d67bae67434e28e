// Server-action definitions of the visit capability: policy question, input schema, command.
// app/(portal)/visits/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import { logVisit } from "./commands.ts";
import { canLogVisits } from "./policy.ts";
import { logVisitSchema } from "./schemas.ts";

export const visitActions = {
  log: define({ allow: canLogVisits, schema: logVisitSchema, run: logVisit }),
};

// Server-action definitions of the hazard capability: policy question, input schema, command.
// app/(portal)/hazards/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canListHazards, canRectifyHazards, canVerifyHazards } from "./policy.ts";
import { hazardRefSchema, listHazardSchema, reportSchema, sendBackSchema } from "./schemas.ts";

export const hazardActions = {
  list: define({ allow: canListHazards, schema: listHazardSchema, run: commands.listHazard }),
  start: define({ allow: canRectifyHazards, schema: hazardRefSchema, run: commands.startRectifying }),
  report: define({
    allow: canRectifyHazards,
    schema: reportSchema,
    run: (user, { attachments, ...input }) => commands.reportRectification(user, input, attachments),
  }),
  close: define({ allow: canVerifyHazards, schema: hazardRefSchema, run: commands.closeHazard }),
  sendBack: define({ allow: canVerifyHazards, schema: sendBackSchema, run: commands.sendBackHazard }),
};

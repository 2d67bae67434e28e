// Server-action definitions of the hazard capability: allowed roles, input schema, command.
// app/(portal)/hazards/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { HAZARD_ENTERPRISE_ROLES, HAZARD_POLICE_ROLES } from "./machine.ts";
import { hazardRefSchema, listHazardSchema, reportSchema, sendBackSchema } from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const hazardActions = {
  list: define({ roles: HAZARD_POLICE_ROLES, schema: listHazardSchema, run: commands.listHazard }),
  start: define({ roles: HAZARD_ENTERPRISE_ROLES, schema: hazardRefSchema, run: commands.startRectifying }),
  report: define({
    roles: HAZARD_ENTERPRISE_ROLES,
    schema: reportSchema,
    run: (user, { attachments, ...input }) => commands.reportRectification(user, input, attachments),
  }),
  close: define({ roles: HAZARD_POLICE_ROLES, schema: hazardRefSchema, run: commands.closeHazard }),
  sendBack: define({ roles: HAZARD_POLICE_ROLES, schema: sendBackSchema, run: commands.sendBackHazard }),
};

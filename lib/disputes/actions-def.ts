// Server-action definitions of the disputes capability: allowed roles, input schema, command.
// app/(portal)/disputes/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { DISPUTE_ROLES } from "./policy.ts";
import { logSessionSchema, recordDisputeSchema, referSchema, resolveSchema, setRiskSchema } from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const disputeActions = {
  record: define({ roles: DISPUTE_ROLES, schema: recordDisputeSchema, run: commands.recordDispute }),
  logSession: define({ roles: DISPUTE_ROLES, schema: logSessionSchema, run: commands.logSession }),
  setRisk: define({ roles: DISPUTE_ROLES, schema: setRiskSchema, run: commands.setRisk }),
  resolve: define({ roles: DISPUTE_ROLES, schema: resolveSchema, run: commands.resolveDispute }),
  refer: define({ roles: DISPUTE_ROLES, schema: referSchema, run: commands.referDispute }),
};

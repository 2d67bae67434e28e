// Server-action definitions of the disputes capability: policy question, input schema, command.
// app/(portal)/disputes/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canMediateDisputes } from "./policy.ts";
import { logSessionSchema, recordDisputeSchema, referSchema, resolveSchema, setRiskSchema } from "./schemas.ts";

export const disputeActions = {
  record: define({ allow: canMediateDisputes, schema: recordDisputeSchema, run: commands.recordDispute }),
  logSession: define({ allow: canMediateDisputes, schema: logSessionSchema, run: commands.logSession }),
  setRisk: define({ allow: canMediateDisputes, schema: setRiskSchema, run: commands.setRisk }),
  resolve: define({ allow: canMediateDisputes, schema: resolveSchema, run: commands.resolveDispute }),
  refer: define({ allow: canMediateDisputes, schema: referSchema, run: commands.referDispute }),
};

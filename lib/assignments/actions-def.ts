// Server-action definitions of the assignment capability (一企一警, 1+N). app/(portal)/assignments/actions.ts
// wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import { handOverEnterprises, reassignOfficer, setSupportingDepartments } from "./commands.ts";
import { canAssign } from "./policy.ts";
import { handOverSchema, reassignSchema, supportsSchema } from "./schemas.ts";

export const assignmentActions = {
  reassign: define({
    allow: canAssign,
    schema: reassignSchema,
    run: (user, input) => reassignOfficer(user, input),
  }),
  handOver: define({
    allow: canAssign,
    schema: handOverSchema,
    run: (user, input) => handOverEnterprises(user, input),
  }),
  setSupports: define({ allow: canAssign, schema: supportsSchema, run: setSupportingDepartments }),
};

export type AssignmentActionName = keyof typeof assignmentActions;

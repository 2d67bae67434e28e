// Server-action definitions of the assignment capability (一企一警, 1+N). app/(portal)/assignments/actions.ts
// wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import { handOverEnterprises, reassignOfficer, setSupportingDepartments } from "./commands.ts";
import { ASSIGNER_ROLES } from "./policy.ts";
import { handOverSchema, reassignSchema, supportsSchema } from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const assignmentActions = {
  reassign: define({
    roles: ASSIGNER_ROLES,
    schema: reassignSchema,
    run: (user, input) => reassignOfficer(user, input),
  }),
  handOver: define({
    roles: ASSIGNER_ROLES,
    schema: handOverSchema,
    run: (user, input) => handOverEnterprises(user, input),
  }),
  setSupports: define({ roles: ASSIGNER_ROLES, schema: supportsSchema, run: setSupportingDepartments }),
};

export type AssignmentActionName = keyof typeof assignmentActions;

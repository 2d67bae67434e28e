// The SLA editor's action, outside the "use server" module so that tests can run it through
// executeAction with a context of their own.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import { updateSlaTable } from "./commands.ts";
import { canEditSla } from "./policy.ts";
import { slaTableEditSchema } from "./schemas.ts";

export const slaActions = {
  updateTable: define({ allow: canEditSla, schema: slaTableEditSchema, run: updateSlaTable }),
};

// Server-action definitions of the enterprise register: policy question, input schema, command.
// app/(portal)/enterprises/actions.ts wraps each with defineAction; tests run them through executeAction.
import { z } from "zod";
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canFindEnterprises, canKeepRegistry, enterpriseScope } from "./policy.ts";
import { enterpriseSearchSchema, searchEnterprisesIn } from "./search.ts";
import { enterpriseFieldsSchema } from "./schemas.ts";
import { idField, requiredText } from "../forms/fields.ts";

/** The version the user saw; a change since then is a conflict, never a silent overwrite. */
export const enterpriseRefSchema = z.object({
  enterpriseId: idField,
  version: z.coerce.number({ message: "errors.invalidField" }).int("errors.invalidField").min(0, "errors.invalidField"),
});

export const updateEnterpriseSchema = enterpriseRefSchema.and(enterpriseFieldsSchema);

export const setActiveSchema = enterpriseRefSchema.extend({
  // Sent by the form as a hidden "true"/"false": which way the user meant to switch.
  active: z.enum(["true", "false"], { message: "errors.invalidField" }).transform((v) => v === "true"),
  reason: requiredText(2, 500, "enterprise.errors.reason"),
});

export const enterpriseActions = {
  create: define({ allow: canKeepRegistry, schema: enterpriseFieldsSchema, run: commands.createEnterprise }),
  update: define({ allow: canKeepRegistry, schema: updateEnterpriseSchema, run: commands.updateEnterprise }),
  setActive: define({ allow: canKeepRegistry, schema: setActiveSchema, run: commands.setEnterpriseActive }),
  /** Reads only: a list's enterprise filter asks as the user types, within what the user may see. */
  find: define({
    allow: canFindEnterprises,
    schema: enterpriseSearchSchema,
    run: (user, { q }) => searchEnterprisesIn(enterpriseScope(user), q),
    readsOnly: true,
  }),
};

// The SLA editor's action, outside the "use server" module so that tests can run it through
// executeAction with a context of their own.
import type { ActionDefinition } from "../auth/action-core.ts";
import { updateSlaTable } from "./commands.ts";
import { SLA_EDITOR_ROLES } from "./policy.ts";
import { slaTableEditSchema } from "./schemas.ts";

export const updateSlaTableDefinition = {
  roles: SLA_EDITOR_ROLES,
  schema: slaTableEditSchema,
  run: updateSlaTable,
} satisfies ActionDefinition<typeof slaTableEditSchema, { changed: number }>;

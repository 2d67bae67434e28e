// Server-action definitions of the enterprise import; app/(portal)/enterprises/import/actions.ts wraps them.
import { defineActionDefinition as define } from "../../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canImportEnterprises } from "./policy.ts";
import { commitImportSchema, previewImportSchema } from "./schemas.ts";

export const importActions = {
  preview: define({ allow: canImportEnterprises, schema: previewImportSchema, run: commands.previewImport }),
  commit: define({ allow: canImportEnterprises, schema: commitImportSchema, run: commands.commitImport }),
};

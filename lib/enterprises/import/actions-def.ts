// Server-action definitions of the enterprise import; app/(portal)/enterprises/import/actions.ts wraps them.
import type { z } from "zod";
import type { ActionDefinition } from "../../auth/action-core.ts";
import * as commands from "./commands.ts";
import { IMPORT_ROLES } from "./policy.ts";
import { commitImportSchema, previewImportSchema } from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const importActions = {
  preview: define({ roles: IMPORT_ROLES, schema: previewImportSchema, run: commands.previewImport }),
  commit: define({ roles: IMPORT_ROLES, schema: commitImportSchema, run: commands.commitImport }),
};

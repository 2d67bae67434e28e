import type { Role } from "../../db/generated/enums.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { roleIn, type Question } from "../../auth/question.ts";
import { requireScopeId } from "../../scope/require-id.ts";

/** Registering enterprises in bulk is a county-level decision: the chief or the bureau's administrator. */
const IMPORT_ROLES: readonly Role[] = ["CHIEF", "ADMIN"];

/** The import page, its template download, and previewing and committing a register file. */
export const canImportEnterprises: Question = roleIn(IMPORT_ROLES);

/**
 * The bureau an import writes into: always the importer's own. Nothing in a file or a request can name
 * another bureau; workstations are looked up within this one only.
 */
export function importBureauId(user: SessionUser): string {
  return requireScopeId(user.bureauId, "bureau");
}

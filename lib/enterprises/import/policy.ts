import type { Role } from "../../db/generated/enums.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { requireScopeId } from "../../scope/require-id.ts";

/** Registering enterprises in bulk is a county-level decision: the chief or the bureau's administrator. */
export const IMPORT_ROLES = ["CHIEF", "ADMIN"] as const satisfies readonly Role[];

/**
 * The bureau an import writes into: always the importer's own. Nothing in a file or a request can name
 * another bureau; workstations are looked up within this one only.
 */
export function importBureauId(user: SessionUser): string {
  return requireScopeId(user.bureauId, "bureau");
}

import "server-only";
import { getDb } from "../../db/index.ts";
import type { SessionUser } from "../../auth/session-user.ts";
import { importBureauId } from "./policy.ts";

/**
 * The name of the bureau's first active workstation (by code), for the template's example row, so
 * that the example shows a name the import recognises; null when the bureau has none.
 */
export async function exampleWorkstationName(user: SessionUser): Promise<string | null> {
  const workstation = await getDb().workstation.findFirst({
    where: { bureauId: importBureauId(user), active: true },
    orderBy: { code: "asc" },
    select: { name: true },
  });
  return workstation?.name ?? null;
}

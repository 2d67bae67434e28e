import "server-only";
import { getDb } from "../db/index.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { enterpriseScope } from "./policy.ts";

/**
 * The active liaisons of an enterprise the user may see, for its contact list. An enterprise out of
 * scope has no contacts rather than an error, so the answer does not reveal that it exists.
 */
export async function liaisonContacts(user: SessionUser, enterpriseId: string) {
  return getDb().user.findMany({
    where: { role: "LIAISON", active: true, enterprise: { AND: [{ id: enterpriseId }, enterpriseScope(user)] } },
    select: { id: true, name: true, nameEn: true, title: true, phone: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

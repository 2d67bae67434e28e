import "server-only";
import { getDb } from "../db/index.ts";

/**
 * The workstation an enterprise was served from at an instant: the one it left by its first move
 * after that instant, or, with no later move, the one it is at now. This is the rule by which work
 * filed before a move stays with the old workstation (and its station, which never changes).
 */
export async function workstationAt(enterpriseId: string, at: Date): Promise<string | null> {
  const db = getDb();
  const laterMove = await db.enterpriseMove.findFirst({
    where: { enterpriseId, movedAt: { gt: at } },
    orderBy: { movedAt: "asc" },
    select: { fromWorkstationId: true },
  });
  if (laterMove) return laterMove.fromWorkstationId;
  const enterprise = await db.enterprise.findUnique({ where: { id: enterpriseId }, select: { workstationId: true } });
  return enterprise?.workstationId ?? null;
}

import "server-only";
import { readDb } from "../db/read.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireScopeId } from "../scope/require-id.ts";
import type { DrillDown } from "./drill-down.ts";

export type PlaceName = { name: string; nameEn: string };

/**
 * The name of the narrowest place a drill-down names (officer, workstation, station), looked up in
 * the user's own bureau only: an id from elsewhere names nothing, and its list is empty anyway.
 */
export async function drillDownPlaceName(user: SessionUser, d: DrillDown): Promise<PlaceName | null> {
  if (!d.station && !d.workstation && !d.officer) return null;
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const db = readDb();
  const named = { name: true, nameEn: true } as const;
  if (d.officer) return db.user.findFirst({ where: { id: d.officer, bureauId, role: "OFFICER" }, select: named });
  if (d.workstation) return db.workstation.findFirst({ where: { id: d.workstation, bureauId }, select: named });
  return db.station.findFirst({ where: { id: d.station!, bureauId }, select: named });
}

import "server-only";
import { readDb } from "../db/read.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireChiefBureau } from "./policy.ts";

/** The bureau's stations and workstations for the filter form, and the filtered officer's name. */
export async function filterOptions(user: SessionUser, officerId?: string) {
  const bureauId = requireChiefBureau(user);
  const db = readDb();
  const named = { id: true, name: true, nameEn: true } as const;
  const [stations, workstations, officer] = await Promise.all([
    db.station.findMany({ where: { bureauId }, select: named, orderBy: { code: "asc" } }),
    db.workstation.findMany({
      where: { bureauId, active: true },
      select: { ...named, stationId: true },
      orderBy: { code: "asc" },
    }),
    officerId ? db.user.findFirst({ where: { id: officerId, bureauId, role: "OFFICER" }, select: named }) : null,
  ]);
  return { stations, workstations, officer };
}

type Named = { name: string; nameEn: string };

/**
 * What an export names as its scope: the county, and the station, workstation or officer the filters
 * narrow to (the narrowest one), so that a forwarded file says whose figures it holds.
 */
export async function exportScope(
  user: SessionUser,
  filters: { station?: string; workstation?: string; officer?: string },
): Promise<{ county: Named; place: Named | null }> {
  const bureauId = requireChiefBureau(user);
  const [county, options] = await Promise.all([
    readDb().bureau.findUniqueOrThrow({ where: { id: bureauId }, select: { name: true, nameEn: true } }),
    filterOptions(user, filters.officer),
  ]);
  const place =
    options.officer ??
    options.workstations.find((w) => w.id === filters.workstation) ??
    options.stations.find((s) => s.id === filters.station) ??
    null;
  return { county, place };
}

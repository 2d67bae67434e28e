import "server-only";
import { readDb } from "../db/read.ts";
import { bureauStations, bureauWorkstations } from "../organisation/places.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { requireChiefBureau } from "./policy.ts";

/** The bureau's stations and workstations for the filter form, and the filtered officer's name. */
export async function filterOptions(user: SessionUser, officerId?: string) {
  const bureauId = requireChiefBureau(user);
  const [stations, workstations, officer] = await Promise.all([
    bureauStations(bureauId),
    bureauWorkstations(bureauId),
    officerId
      ? readDb().user.findFirst({
          where: { id: officerId, bureauId, role: "OFFICER" },
          select: { id: true, name: true, nameEn: true },
        })
      : null,
  ]);
  return {
    stations: stations.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    workstations: workstations
      .filter((w) => w.active)
      .map(({ id, name, nameEn, stationId }) => ({ id, name, nameEn, stationId })),
    officer,
  };
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

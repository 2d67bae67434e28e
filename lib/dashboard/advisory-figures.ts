import "server-only";
import { readDb } from "../db/read.ts";
import { bureauStations } from "../organisation/places.ts";
import type { SessionUser } from "../auth/session-user.ts";
import type { DashboardScope } from "./filters.ts";
import { requireChiefBureau } from "./policy.ts";

export type AdvisoryStationRow = {
  id: string;
  name: string;
  nameEn: string;
  /** Advisories sent in the period that reached the station's enterprises. */
  advisories: number;
  /** Enterprises reached, counted once per advisory. */
  reached: number;
  read: number;
  acknowledged: number;
  /** Acknowledged of reached; null when nothing reached the station. */
  acknowledgeRate: number | null;
};

export type AdvisoryFigures = { sent: number; stations: AdvisoryStationRow[] };

/**
 * Advisories sent in the period and, per station of the enterprises they reached, how many reached it
 * and the share its enterprises acknowledged. Read from the per-station tallies on their
 * [bureauId, sentAt] index (a row per advisory and station), never from the recipient rows. The
 * tallies know stations only: narrowed to a workstation or an officer the figure is left out (null).
 */
export async function advisoryFigures(user: SessionUser, scope: DashboardScope): Promise<AdvisoryFigures | null> {
  const bureauId = requireChiefBureau(user);
  if (scope.workstationId || scope.officerId) return null;
  const { from, to } = scope.period;
  const db = readDb();
  const where = {
    bureauId,
    sentAt: { gte: from, lt: to },
    ...(scope.stationId ? { stationId: scope.stationId } : {}),
  };
  const [groups, sent, stations] = await Promise.all([
    db.advisoryStationTally.groupBy({
      by: ["stationId"],
      where,
      _count: { _all: true },
      _sum: { recipients: true, read: true, acknowledged: true },
    }),
    // The county's total counts each advisory once, however many stations it reached.
    scope.stationId
      ? db.advisoryStationTally.count({ where })
      : db.advisory.count({ where: { bureauId, createdAt: { gte: from, lt: to } } }),
    bureauStations(bureauId),
  ]);
  const byStation = new Map(groups.map((g) => [g.stationId, g]));
  return {
    sent,
    stations: stations
      .filter((s) => !scope.stationId || s.id === scope.stationId)
      // A deactivated station stays listed while the period holds advisories that reached it.
      .filter((s) => s.active || byStation.has(s.id))
      .map((s) => {
        const g = byStation.get(s.id);
        const reached = g?._sum.recipients ?? 0;
        const acknowledged = g?._sum.acknowledged ?? 0;
        return {
          id: s.id,
          name: s.name,
          nameEn: s.nameEn,
          advisories: g?._count._all ?? 0,
          reached,
          read: g?._sum.read ?? 0,
          acknowledged,
          acknowledgeRate: reached ? acknowledged / reached : null,
        };
      }),
  };
}

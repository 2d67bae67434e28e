import "server-only";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { ActionError } from "../auth/errors.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { chinaDate } from "../visits/cadence.ts";
import { dbDate } from "./dates.ts";
import { PATROL_FIGURE_ROLES } from "./policy.ts";

/** The figures the bureau reports for joint patrols (seed documents: shifts, guard person-times, checks, hazards). */
export type PatrolFigures = {
  shiftsRun: number;
  guardPersonTimes: number;
  personsChecked: number;
  vehiclesChecked: number;
  hazardsFound: number;
  videoPatrols: number;
};

export type PatrolFigureRange = {
  /** First and last night counted, inclusive: China dates (YYYY-MM-DD) or instants (read as their China date). */
  from: Date | string;
  to: Date | string;
  stationId?: string;
};

const asDate = (value: Date | string) => dbDate(typeof value === "string" ? value : chinaDate(value));

/**
 * Patrol figures over a period, in total and per station, from aggregate queries. Chiefs see the
 * county (or one station); an officer sees their own station only, whatever station is asked for.
 */
export async function patrolFigures(user: SessionUser, range: PatrolFigureRange): Promise<{ total: PatrolFigures; byStation: ({ stationId: string; name: string; nameEn: string } & PatrolFigures)[] }> {
  if (!PATROL_FIGURE_ROLES.includes(user.role)) throw new ActionError("errors.forbidden");
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const stationId = user.role === "OFFICER" ? requireScopeId(user.stationId, "station") : range.stationId;
  const stations = await getDb().station.findMany({ where: { bureauId, ...(stationId ? { id: stationId } : {}) }, select: { id: true, name: true, nameEn: true }, orderBy: { code: "asc" } });
  const dates = { gte: asDate(range.from), lte: asDate(range.to) };
  const byStation = await Promise.all(stations.map(async (s) => ({ stationId: s.id, name: s.name, nameEn: s.nameEn, ...(await figuresWhere({ bureauId, date: dates, team: { stationId: s.id } })) })));
  const total = byStation.reduce<PatrolFigures>(
    (sum, s) => ({
      shiftsRun: sum.shiftsRun + s.shiftsRun,
      guardPersonTimes: sum.guardPersonTimes + s.guardPersonTimes,
      personsChecked: sum.personsChecked + s.personsChecked,
      vehiclesChecked: sum.vehiclesChecked + s.vehiclesChecked,
      hazardsFound: sum.hazardsFound + s.hazardsFound,
      videoPatrols: sum.videoPatrols + s.videoPatrols,
    }),
    { shiftsRun: 0, guardPersonTimes: 0, personsChecked: 0, vehiclesChecked: 0, hazardsFound: 0, videoPatrols: 0 },
  );
  return { total, byStation };
}

/** The figures of the shifts run (DONE) matching `shift`: one count, one sum, two more counts. */
async function figuresWhere(shift: Prisma.PatrolShiftWhereInput): Promise<PatrolFigures> {
  const run: Prisma.PatrolShiftWhereInput = { ...shift, status: "DONE" };
  const [shiftsRun, sums, videoPatrols, hazardsFound] = await Promise.all([
    getDb().patrolShift.count({ where: run }),
    getDb().patrolLog.aggregate({ where: { shift: run }, _sum: { guardPersonTimes: true, personsChecked: true, vehiclesChecked: true } }),
    getDb().patrolLog.count({ where: { shift: run, kind: "VIDEO" } }),
    getDb().hazard.count({ where: { patrolLog: { shift: run } } }),
  ]);
  return {
    shiftsRun,
    guardPersonTimes: sums._sum.guardPersonTimes ?? 0,
    personsChecked: sums._sum.personsChecked ?? 0,
    vehiclesChecked: sums._sum.vehiclesChecked ?? 0,
    hazardsFound,
    videoPatrols,
  };
}

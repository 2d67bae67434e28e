import "server-only";
import { Prisma } from "../db/index.ts";
import { readDb } from "../db/read.ts";
import { bureauStations } from "../organisation/places.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { assertAllowed } from "../auth/question.ts";
import { requireScopeId } from "../scope/require-id.ts";
import { chinaDate } from "../time/china.ts";
import { canSeePatrolFigures, patrolFigureStation } from "./policy.ts";

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

const asDay = (value: Date | string) => (typeof value === "string" ? value : chinaDate(value));

const NO_PATROLS: PatrolFigures = {
  shiftsRun: 0,
  guardPersonTimes: 0,
  personsChecked: 0,
  vehiclesChecked: 0,
  hazardsFound: 0,
  videoPatrols: 0,
};

/**
 * Patrol figures over a period, in total and per station, from one grouped query. Chiefs see the
 * county (or one station); an officer sees their own station only, whatever station is asked for.
 */
export async function patrolFigures(
  user: SessionUser,
  range: PatrolFigureRange,
): Promise<{
  total: PatrolFigures;
  byStation: ({ stationId: string; name: string; nameEn: string } & PatrolFigures)[];
}> {
  assertAllowed(user, canSeePatrolFigures);
  const bureauId = requireScopeId(user.bureauId, "bureau");
  const stationId = patrolFigureStation(user, range.stationId);
  const [stations, rows] = await Promise.all([
    bureauStations(bureauId),
    figuresByStation(bureauId, asDay(range.from), asDay(range.to), stationId),
  ]);
  const byStation = stations
    .filter((s) => !stationId || s.id === stationId)
    .map((s) => ({
      stationId: s.id,
      name: s.name,
      nameEn: s.nameEn,
      ...(rows.get(s.id) ?? NO_PATROLS),
    }));
  const total = byStation.reduce<PatrolFigures>(
    (sum, s) => ({
      shiftsRun: sum.shiftsRun + s.shiftsRun,
      guardPersonTimes: sum.guardPersonTimes + s.guardPersonTimes,
      personsChecked: sum.personsChecked + s.personsChecked,
      vehiclesChecked: sum.vehiclesChecked + s.vehiclesChecked,
      hazardsFound: sum.hazardsFound + s.hazardsFound,
      videoPatrols: sum.videoPatrols + s.videoPatrols,
    }),
    NO_PATROLS,
  );
  return { total, byStation };
}

/**
 * The shifts run (DONE) between two China dates, inclusive, summed per station of their team: their
 * logs' checks and guard person-times, the video patrols among them and the hazards they listed.
 */
async function figuresByStation(
  bureauId: string,
  from: string,
  to: string,
  stationId: string | undefined,
): Promise<Map<string, PatrolFigures>> {
  const rows = await readDb().$queryRaw<({ stationId: string } & PatrolFigures)[]>`
    SELECT t."stationId" AS "stationId",
      count(*)::int AS "shiftsRun",
      coalesce(sum(l."guardPersonTimes"), 0)::int AS "guardPersonTimes",
      coalesce(sum(l."personsChecked"), 0)::int AS "personsChecked",
      coalesce(sum(l."vehiclesChecked"), 0)::int AS "vehiclesChecked",
      (count(*) FILTER (WHERE l."kind" = 'VIDEO'))::int AS "videoPatrols",
      coalesce(sum(h."found"), 0)::int AS "hazardsFound"
    FROM "PatrolShift" s
    JOIN "PatrolTeam" t ON t."id" = s."teamId"
    LEFT JOIN "PatrolLog" l ON l."shiftId" = s."id"
    LEFT JOIN LATERAL (SELECT count(*) AS "found" FROM "Hazard" WHERE "Hazard"."patrolLogId" = l."id") h ON true
    WHERE s."bureauId" = ${bureauId} AND s."status" = 'DONE' AND s."date" BETWEEN ${from}::date AND ${to}::date
      ${stationId ? Prisma.sql`AND t."stationId" = ${stationId}` : Prisma.empty}
    GROUP BY t."stationId"`;
  return new Map(rows.map(({ stationId: id, ...figures }) => [id, figures]));
}

import "server-only";
import { cache } from "react";
import { Prisma } from "../db/index.ts";
import { readDb } from "../db/read.ts";
import { chinaDayNumber } from "../time/china.ts";
import type { DashboardScope } from "./filters.ts";
import type { Period, TrendUnit } from "./period.ts";
import { at } from "../db/sql-time.ts";
import { byGrouping, filedNarrowing, groupingSets, type TicketGrouping } from "./sql-scope.ts";
import { calendarSpans, weeksAndDays, type SpanDays } from "./tally-spans.ts";
import { medianOf, type Bucket } from "./median.ts";

export type TallySums = {
  received: number;
  accepted: number;
  acceptedOnTime: number;
  settled: number;
  settledOnTime: number;
  resolved: number;
  escalated: number;
  ratings: number;
  ratingSum: number;
  lowRatings: number;
};

/** Open work as of now, and the tickets received in the period whose deadline passed unmet. */
export type NowCounts = { open: number; overdue: number; acceptLate: number; resolveLate: number };

/** The tally rows of a set of spans, as SQL over TicketTally `x`. */
function ofSpans(spans: SpanDays): Prisma.Sql {
  return Prisma.sql`((x."span" = 'YEAR' AND x."day" = ANY(${spans.YEAR}::date[]))
    OR (x."span" = 'QUARTER' AND x."day" = ANY(${spans.QUARTER}::date[]))
    OR (x."span" = 'MONTH' AND x."day" = ANY(${spans.MONTH}::date[]))
    OR (x."span" = 'WEEK' AND x."day" = ANY(${spans.WEEK}::date[]))
    OR (x."span" = 'DAY' AND x."day" = ANY(${spans.DAY}::date[])))`;
}

const periodDays = (scope: Pick<DashboardScope, "period">) =>
  [chinaDayNumber(scope.period.from), chinaDayNumber(scope.period.to) - 1] as const;

/** The period as the fewest tally spans: whole years, quarters, months, weeks and days (a sum over the whole period). */
const periodSpans = (scope: Pick<DashboardScope, "period">) =>
  calendarSpans(...periodDays(scope), { acrossMonths: true });

/** The tally's sums over the rows of `x`, named as TallySums (0 where there are none: the whole of an empty period). */
const TALLY_SUMS = Prisma.sql`coalesce(sum(x."received"), 0)::int AS "received",
  coalesce(sum(x."accepted"), 0)::int AS "accepted", coalesce(sum(x."acceptedOnTime"), 0)::int AS "acceptedOnTime",
  coalesce(sum(x."settled"), 0)::int AS "settled", coalesce(sum(x."settledOnTime"), 0)::int AS "settledOnTime",
  coalesce(sum(x."resolved"), 0)::int AS "resolved", coalesce(sum(x."escalated"), 0)::int AS "escalated",
  coalesce(sum(x."ratings"), 0)::int AS "ratings", coalesce(sum(x."ratingSum"), 0)::int AS "ratingSum",
  coalesce(sum(x."lowRatings"), 0)::int AS "lowRatings"`;

/** The ticket figures' groupings besides the whole: one statement sums them all. */
const TICKET_GROUPINGS = ["station", "workstation", "officer", "category"] as const;

/** Figures per group key, for every grouping ("all" holds the whole under the key ""). */
export type Groups<T> = Record<TicketGrouping, Map<string, T>>;

/**
 * The period's tally per station, workstation, officer and category a ticket was filed under, and
 * for the whole: summed in the database from whole years, quarters, months and weeks and the edge
 * days, and returned as one row per group, a few hundred whatever the period's length or the number
 * of places.
 * Cached per request, so every figure of one view reads it once.
 */
export const periodTally = cache(async (bureauId: string, scope: DashboardScope): Promise<Groups<TallySums>> => {
  const sets = groupingSets("x", TICKET_GROUPINGS);
  // Summed per place first, then per grouping: hashing each span row once rather than once per grouping.
  const rows = await readDb().$queryRaw<({ grouping: TicketGrouping; key: string } & TallySums)[]>`
    SELECT ${sets.columns}, ${TALLY_SUMS}
    FROM (
      SELECT x."stationId", x."workstationId", x."responsibleOfficerId", x."category", ${TALLY_SUMS}
      FROM "TicketTally" x
      WHERE x."bureauId" = ${bureauId} AND ${ofSpans(periodSpans(scope))} ${filedNarrowing(scope, "x")}
      GROUP BY 1, 2, 3, 4
    ) x
    ${sets.groupBy}`;
  return byGrouping(TICKET_GROUPINGS, rows);
});

/**
 * The period's tally of each of several counties, whole, for the city's view: one statement, reading
 * the county tally's one row per county and span, however many places a county has.
 */
export async function tallyByCounty(bureauIds: string[], period: Period): Promise<Map<string, TallySums>> {
  const rows = await readDb().$queryRaw<({ bureauId: string } & TallySums)[]>`
    SELECT x."bureauId", ${TALLY_SUMS}
    FROM "BureauTicketTally" x
    WHERE x."bureauId" = ANY(${bureauIds}::text[]) AND ${ofSpans(periodSpans({ period }))}
    GROUP BY 1`;
  return new Map(rows.map(({ bureauId, ...sums }) => [bureauId, sums]));
}

const OPEN = Prisma.sql`t."status" IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED')`;

/** Open work as of now over the open tickets `t`, with the period's tickets whose deadline passed unmet while open. */
function nowCounts(period: Period, now: Date): Prisma.Sql {
  const [f, t0, n] = [at(period.from), at(period.to), at(now)];
  const received = Prisma.sql`(t."createdAt" >= ${f} AND t."createdAt" < ${t0})`;
  return Prisma.sql`(count(*) FILTER (WHERE ${OPEN}))::int AS "open",
    (count(*) FILTER (WHERE t."dueAt" < ${n}))::int AS "overdue",
    (count(*) FILTER (WHERE ${received} AND t."status" = 'SUBMITTED' AND t."acceptedAt" IS NULL
      AND t."acceptDueAt" < ${n}))::int AS "acceptLate",
    (count(*) FILTER (WHERE ${received} AND ${OPEN} AND t."resolvedAt" IS NULL
      AND t."resolveDueAt" < ${n}))::int AS "resolveLate"`;
}

/**
 * Open and overdue tickets as of now, with the period's tickets whose deadline has passed unmet while
 * still open (they count against the on-time rates before they are settled), per station,
 * workstation, officer and category filed under, and for the whole. Reads only open tickets, from
 * the index that holds them alone (Ticket_open_place_idx), however long the period. A ticket has a
 * deadline (dueAt) exactly while it is open, so the overdue are among them.
 */
export const ticketsNow = cache(
  async (bureauId: string, scope: DashboardScope, now: Date): Promise<Groups<NowCounts>> => {
    const sets = groupingSets("t", TICKET_GROUPINGS);
    const rows = await readDb().$queryRaw<({ grouping: TicketGrouping; key: string } & NowCounts)[]>`
      SELECT ${sets.columns}, ${nowCounts(scope.period, now)}
      FROM "Ticket" t
      WHERE t."bureauId" = ${bureauId} ${filedNarrowing(scope, "t")} AND ${OPEN}
      ${sets.groupBy}`;
    return byGrouping(TICKET_GROUPINGS, rows);
  },
);

/** The same open work of each of several counties, whole: one statement and one row per county. */
export async function ticketsNowByCounty(
  bureauIds: string[],
  period: Period,
  now: Date,
): Promise<Map<string, NowCounts>> {
  const rows = await readDb().$queryRaw<({ bureauId: string } & NowCounts)[]>`
    SELECT t."bureauId", ${nowCounts(period, now)}
    FROM "Ticket" t
    WHERE t."bureauId" = ANY(${bureauIds}::text[]) AND ${OPEN}
    GROUP BY 1`;
  return new Map(rows.map(({ bureauId, ...counts }) => [bureauId, counts]));
}

/** Whether a scope narrows the county to a place: such views read the place tally, the rest the county's. */
const narrowed = (scope: DashboardScope) => Boolean(scope.stationId || scope.workstationId || scope.officerId);

/**
 * Median whole hours from filing to resolution of the tickets resolved in the period (rounded down,
 * as "resolution_hours" in SQL counts them); null when none was. The whole county's comes from the
 * county's tally of resolutions by hour: a few hundred buckets per span, however many tickets the
 * period resolved. A view narrowed to a place counts its own, smaller share from the one index that
 * holds every resolution's filing time, never the table.
 */
export const medianResolveHours = cache(async (bureauId: string, scope: DashboardScope): Promise<number | null> => {
  const buckets = narrowed(scope)
    ? await readDb().$queryRaw<Bucket[]>`
        SELECT "resolution_hours"(t."createdAt", t."resolvedAt") AS "value", count(*)::int AS "count"
        FROM "Ticket" t
        WHERE t."bureauId" = ${bureauId} AND t."resolvedAt" >= ${at(scope.period.from)}
          AND t."resolvedAt" < ${at(scope.period.to)} ${filedNarrowing(scope, "t")}
        GROUP BY 1`
    : await readDb().$queryRaw<Bucket[]>`
        SELECT x."hours" AS "value", sum(x."resolved")::int AS "count"
        FROM "ResolutionHoursTally" x
        WHERE x."bureauId" = ${bureauId} AND ${ofSpans(periodSpans(scope))}
        GROUP BY 1`;
  return medianOf(buckets);
});

/**
 * Tickets received and resolved per China week (its Monday) or month (its first day), summed from
 * whole weeks or months (and weeks within them) and the edge days: from the county's tally, one row
 * per span, unless the view is narrowed to a place.
 */
export async function trendTally(
  bureauId: string,
  scope: DashboardScope,
  unit: TrendUnit,
): Promise<{ start: string; received: number; resolved: number }[]> {
  const [first, last] = periodDays(scope);
  const spans = unit === "week" ? weeksAndDays(first, last) : calendarSpans(first, last, { acrossMonths: false });
  return readDb().$queryRaw`
    SELECT to_char(date_trunc(${unit}::text, x."day"), 'YYYY-MM-DD') AS "start",
      sum(x."received")::int AS "received", sum(x."resolved")::int AS "resolved"
    FROM ${narrowed(scope) ? Prisma.sql`"TicketTally"` : Prisma.sql`"BureauTicketTally"`} x
    WHERE x."bureauId" = ${bureauId} AND ${ofSpans(spans)} ${filedNarrowing(scope, "x")}
    GROUP BY 1`;
}

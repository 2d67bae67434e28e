// The benchmark's generated city keeps the invariants the app relies on. PostgreSQL only (the
// generator speaks to a server through pg); skipped on the embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { verifyPassword } from "@/lib/auth/password";
import { ticketMachine } from "@/lib/tickets/machine";
import { DEMO_PASSWORD } from "@/prisma/seed/seed";
import { fillDatabase } from "@/scripts/bench/data";
import { departmentOfficers, SCALES } from "@/scripts/bench/scales";

// Read at import, before the shared setup file repoints DATABASE_URL at its per-file database.
const serverUrl = process.env.DATABASE_URL;
const now = new Date("2026-06-15T04:00:00.000Z");
const scale = SCALES.tiny;
let client: pg.Client;

/** Rows a query finds; the invariant queries below select the rows that break a rule, so none is expected. */
async function rows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await client.query(sql, params)).rows;
}

describe.skipIf(!serverUrl)("generated city (bench:data --scale tiny)", () => {
  beforeAll(async () => {
    // Bulk loading drops and rebuilds indexes: the tables' owner does it where the roles are separate.
    await fillDatabase(process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL!, "tiny", { now });
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  it("holds a city bureau over its counties, with the counts of the scale", async () => {
    const [counts] = await rows(`SELECT
      (SELECT count(*) FROM "Bureau" WHERE "parentId" IS NULL)::int AS cities,
      (SELECT count(*) FROM "Bureau" b JOIN "Bureau" p ON p."id" = b."parentId" AND p."parentId" IS NULL)::int AS counties,
      (SELECT count(*) FROM "Enterprise")::int AS enterprises,
      (SELECT count(*) FROM "Ticket")::int AS tickets,
      (SELECT count(*) FROM "Visit")::int AS visits,
      (SELECT count(*) FROM "User" WHERE "role" = 'OFFICER')::int AS officers`);
    expect(counts).toEqual({
      cities: 1,
      counties: scale.counties,
      enterprises: scale.counties * scale.enterprisesPerCounty,
      tickets: scale.counties * scale.ticketsPerCounty,
      visits: scale.counties * scale.enterprisesPerCounty * scale.visitsPerEnterprise,
      officers: scale.counties * scale.officersPerCounty,
    });
    const [work] = await rows(`SELECT (SELECT count(*) FROM "Hazard")::int AS hazards,
      (SELECT count(*) FROM "ResidencyRequest")::int AS residency, (SELECT count(*) FROM "TicketEvent")::int AS events`);
    expect(work!.hazards).toBeGreaterThan(0);
    expect(work!.residency).toBe(scale.counties * scale.residencyPerCounty);
    expect(work!.events).toBeGreaterThan(3 * scale.counties * scale.ticketsPerCounty);
  });

  it("lets the demo accounts of the first county sign in, officer1 responsible for a tenth of its enterprises", async () => {
    const accounts = await rows(
      `SELECT u."username", u."role", u."passwordHash", u."bureauId", b."parentId" FROM "User" u JOIN "Bureau" b ON b."id" = u."bureauId"
       WHERE u."username" IN ('chief', 'officer1', 'liaison1', 'city') ORDER BY u."username"`,
    );
    expect(accounts.map((a) => [a.username, a.role])).toEqual([
      ["chief", "CHIEF"],
      ["city", "CITY"],
      ["liaison1", "LIAISON"],
      ["officer1", "OFFICER"],
    ]);
    const city = accounts.find((a) => a.username === "city");
    const county = accounts.filter((a) => a !== city);
    expect(city!.bureauId).toBe("bu-city");
    expect(new Set(county.map((a) => a.bureauId)).size).toBe(1);
    expect(county[0]!.parentId).toBe("bu-city");
    expect(await verifyPassword(String(accounts[0]!.passwordHash), DEMO_PASSWORD)).toBe(true);
    const [share] =
      await rows(`SELECT count(*)::int AS n FROM "Enterprise" e JOIN "User" u ON u."id" = e."responsibleOfficerId"
      WHERE u."username" = 'officer1'`);
    expect(share!.n).toBe(scale.enterprisesPerCounty / 10);
    // Station officers carry the enterprises; department officers none.
    const [spread] = await rows(`SELECT count(DISTINCT "responsibleOfficerId")::int AS n FROM "Enterprise"`);
    expect(spread!.n).toBe(scale.counties * (scale.officersPerCounty - departmentOfficers(scale)));
  });

  it("keeps each bureau's counters at the last number it gave, with no gaps", async () => {
    for (const [table, scope] of [
      ["Ticket", "ticket"],
      ["ResidencyRequest", "residency"],
    ]) {
      const broken = await rows(
        `WITH n AS (
           SELECT "bureauId", split_part("number", '-', 2)::int AS year, max(split_part("number", '-', 3)::int) AS top, count(*) AS n
           FROM "${table}" GROUP BY 1, 2)
         SELECT * FROM n FULL JOIN (SELECT * FROM "Counter" WHERE "scope" = $1) c USING ("bureauId", year)
         WHERE c."value" IS DISTINCT FROM n.top OR n.top <> n.n`,
        [scope],
      );
      expect(broken).toEqual([]);
    }
  });

  it("gives tickets the status, timestamps and current deadline their steps imply", async () => {
    const broken = await rows(
      `SELECT "id", "status" FROM "Ticket" WHERE
         "dueAt" IS DISTINCT FROM (CASE WHEN "status" = 'SUBMITTED' THEN "acceptDueAt"
           WHEN "status" IN ('ACCEPTED', 'IN_PROGRESS', 'REOPENED') THEN "resolveDueAt" END)
         OR ("acceptedAt" IS NULL) <> ("status" IN ('SUBMITTED', 'REJECTED', 'WITHDRAWN'))
         OR ("resolvedAt" IS NOT NULL) <> ("status" IN ('RESOLVED', 'CLOSED'))
         OR ("closedAt" IS NOT NULL) <> ("status" IN ('CLOSED', 'REJECTED', 'WITHDRAWN'))
         OR ("rating" IS NOT NULL) <> ("status" = 'CLOSED')
         OR ("rejectReason" IS NOT NULL) <> ("status" = 'REJECTED')
         OR "acceptedAt" < "createdAt" OR "resolvedAt" < "acceptedAt" OR "closedAt" < coalesce("resolvedAt", "createdAt")
         OR greatest("createdAt", "acceptedAt", "resolvedAt", "closedAt", "escalatedAt", "updatedAt") > $1
         OR ("escalatedAt" IS NOT NULL) <> "flaggedForChief"`,
      [now],
    );
    expect(broken).toEqual([]);
    const statuses = await rows(`SELECT DISTINCT "status" FROM "Ticket"`);
    expect(statuses.length).toBeGreaterThanOrEqual(6);
  });

  it("routes every ticket to its enterprise's responsible officer, whose assignment is the one open", async () => {
    expect(
      await rows(`SELECT t."id" FROM "Ticket" t JOIN "Enterprise" e ON e."id" = t."enterpriseId"
        WHERE t."assigneeId" IS DISTINCT FROM e."responsibleOfficerId" OR t."bureauId" <> e."bureauId"`),
    ).toEqual([]);
    expect(
      await rows(`SELECT e."id" FROM "Enterprise" e
        LEFT JOIN "Assignment" a ON a."enterpriseId" = e."id" AND a."endedAt" IS NULL
        GROUP BY e."id", e."responsibleOfficerId"
        HAVING count(a.*) <> 1 OR bool_or(a."officerId" IS DISTINCT FROM e."responsibleOfficerId")`),
    ).toEqual([]);
  });

  it("files each ticket at its enterprise's place, and leaves the dashboard tallies equal to recounts", async () => {
    expect(
      await rows(`SELECT t."id" FROM "Ticket" t JOIN "Enterprise" e ON e."id" = t."enterpriseId"
        JOIN "Workstation" w ON w."id" = e."workstationId"
        WHERE (t."stationId", t."workstationId", t."responsibleOfficerId") IS DISTINCT FROM (w."stationId", e."workstationId", e."responsibleOfficerId")
        LIMIT 5`),
    ).toEqual([]);
    for (const [table, recount] of [
      ["TicketTally", "ticket_tally_recount"],
      ["BureauTicketTally", "bureau_ticket_tally_recount"],
      ["ResolutionHoursTally", "resolution_hours_tally_recount"],
    ])
      expect(
        await rows(`(SELECT * FROM "${table}" EXCEPT SELECT * FROM "${recount}"())
          UNION ALL (SELECT * FROM "${recount}"() EXCEPT SELECT * FROM "${table}") LIMIT 5`),
        table,
      ).toEqual([]);
    const [tally] = await rows(`SELECT sum("received")::int AS received FROM "TicketTally" WHERE "span" = 'MONTH'`);
    expect(tally!.received).toBe(scale.counties * scale.ticketsPerCounty);
  });

  it("writes each ticket's timeline as a chain of the machine's steps ending in its status", async () => {
    const legal = Object.values(ticketMachine.rules).flatMap((rule) => rule.from.map((from) => `${from}>${rule.to}`));
    const broken = await rows(
      `WITH e AS (
         SELECT ev.*, lag(ev."toStatus") OVER (PARTITION BY ev."ticketId" ORDER BY ev."createdAt", ev."id") AS previous
         FROM "TicketEvent" ev WHERE ev."kind" IN ('CREATED', 'STATUS_CHANGED'))
       SELECT "ticketId", "fromStatus", "toStatus" FROM e
       WHERE ("kind" = 'STATUS_CHANGED' AND ("fromStatus"::text || '>' || "toStatus"::text <> ALL($1) OR "fromStatus" IS DISTINCT FROM previous))
          OR ("kind" = 'CREATED' AND previous IS NOT NULL)`,
      [legal],
    );
    expect(broken).toEqual([]);
    const ends = await rows(
      `SELECT t."id" FROM "Ticket" t CROSS JOIN LATERAL (
         SELECT ev."toStatus" FROM "TicketEvent" ev WHERE ev."ticketId" = t."id" AND ev."toStatus" IS NOT NULL
         ORDER BY ev."createdAt" DESC, ev."id" DESC LIMIT 1) last
       WHERE last."toStatus" <> t."status"
          OR t."reopenCount" <> (SELECT count(*) FROM "TicketEvent" ev WHERE ev."ticketId" = t."id" AND ev."toStatus" = 'REOPENED')
          OR t."version" <> (SELECT count(*) FROM "TicketEvent" ev WHERE ev."ticketId" = t."id" AND ev."kind" IN ('STATUS_CHANGED', 'ESCALATED'))
          OR EXISTS (SELECT 1 FROM "TicketEvent" ev WHERE ev."ticketId" = t."id" AND (ev."createdAt" < t."createdAt" OR ev."createdAt" > $1))`,
      [now],
    );
    expect(ends).toEqual([]);
  });

  it("gives every enterprise its latest visit, none in the future, and keeps it as visits are added", async () => {
    const drift = `SELECT e."id" FROM "Enterprise" e
      WHERE e."lastVisitedAt" IS DISTINCT FROM (SELECT max(v."visitedAt") FROM "Visit" v WHERE v."enterpriseId" = e."id")`;
    expect(await rows(drift)).toEqual([]);
    expect(await rows(`SELECT "id" FROM "Visit" WHERE "visitedAt" > $1`, [now])).toEqual([]);
    // The load left the trigger on: a visit added afterwards moves its enterprise's latest visit.
    const [e] = await rows(`SELECT "id", "bureauId", "responsibleOfficerId" FROM "Enterprise"
      WHERE "responsibleOfficerId" IS NOT NULL ORDER BY "id" LIMIT 1`);
    await client.query("BEGIN");
    try {
      await client.query(
        `INSERT INTO "Visit" ("id", "bureauId", "enterpriseId", "officerId", "visitedAt", "kind") VALUES ('v-check', $1, $2, $3, $4, 'ROUTINE')`,
        [e!.bureauId, e!.id, e!.responsibleOfficerId, now],
      );
      expect(await rows(`SELECT "lastVisitedAt" FROM "Enterprise" WHERE "id" = $1`, [e!.id])).toEqual([
        { lastVisitedAt: now },
      ]);
      expect(await rows(drift)).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
    }
  });

  it("keeps hazards and residency requests consistent with their life cycles", async () => {
    expect(
      await rows(`SELECT "id" FROM "Hazard" WHERE
        ("closedAt" IS NOT NULL) <> ("status" = 'CLOSED') OR ("verifiedById" IS NOT NULL) <> ("status" = 'CLOSED')
        OR ("rectifiedAt" IS NOT NULL) <> ("status" IN ('PENDING_VERIFICATION', 'CLOSED'))
        OR ("visitId" IS NOT NULL) <> ("source" = 'VISIT') OR "deadline" <= "createdAt"`),
    ).toEqual([]);
    expect(
      await rows(`SELECT r."id" FROM "ResidencyRequest" r WHERE
        ("submittedAt" IS NULL) <> (r."status" = 'DRAFT') OR ("completedAt" IS NOT NULL) <> (r."status" = 'COMPLETED')
        OR (r."reviewerId" IS NULL AND r."status" IN ('UNDER_REVIEW', 'NEEDS_MATERIALS', 'APPROVED', 'COMPLETED', 'REJECTED'))
        OR (r."status" = 'NEEDS_MATERIALS') <> EXISTS (SELECT 1 FROM "ResidencyDocument" d WHERE d."requestId" = r."id" AND d."status" = 'REJECTED')
        OR (r."status" IN ('APPROVED', 'COMPLETED') AND EXISTS (SELECT 1 FROM "ResidencyDocument" d
              JOIN "DocumentRequirement" q ON q."id" = d."requirementId" WHERE d."requestId" = r."id" AND q."required" AND d."status" <> 'ACCEPTED'))
        OR NOT EXISTS (SELECT 1 FROM "ResidencyDocument" d WHERE d."requestId" = r."id")`),
    ).toEqual([]);
  });
});

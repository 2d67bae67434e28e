-- CreateEnum
CREATE TYPE "TallySpan" AS ENUM ('DAY', 'WEEK', 'MONTH');

-- DropIndex
DROP INDEX "Ticket_bureauId_resolvedAt_idx";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "responsibleOfficerId" TEXT,
ADD COLUMN     "stationId" TEXT,
ADD COLUMN     "workstationId" TEXT;

-- CreateTable
CREATE TABLE "TicketTally" (
    "bureauId" TEXT NOT NULL,
    "span" "TallySpan" NOT NULL,
    "day" DATE NOT NULL,
    "stationId" TEXT NOT NULL,
    "workstationId" TEXT NOT NULL,
    "responsibleOfficerId" TEXT NOT NULL,
    "category" "TicketCategory" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "acceptedOnTime" INTEGER NOT NULL DEFAULT 0,
    "settled" INTEGER NOT NULL DEFAULT 0,
    "settledOnTime" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "ratings" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "lowRatings" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TicketTally_pkey" PRIMARY KEY ("bureauId","span","day","stationId","workstationId","responsibleOfficerId","category")
);

-- CreateIndex
CREATE INDEX "Ticket_bureauId_resolvedAt_createdAt_stationId_workstationI_idx" ON "Ticket"("bureauId", "resolvedAt", "createdAt", "stationId", "workstationId", "responsibleOfficerId");

-- Tickets remember where they were filed: the enterprise's station, workstation and responsible
-- officer at that moment. For tickets already written, the workstation is the one the first later
-- move left (else the current one), and the officer the one whose assignment covered the filing
-- (else, with no assignment history, the current one).
UPDATE "Ticket" t SET "workstationId" = coalesce(
    (SELECT m."fromWorkstationId" FROM "EnterpriseMove" m
     WHERE m."enterpriseId" = t."enterpriseId" AND m."movedAt" > t."createdAt" ORDER BY m."movedAt" LIMIT 1),
    e."workstationId"),
  "responsibleOfficerId" = CASE
    WHEN EXISTS (SELECT 1 FROM "Assignment" a WHERE a."enterpriseId" = t."enterpriseId") THEN
      (SELECT a."officerId" FROM "Assignment" a WHERE a."enterpriseId" = t."enterpriseId"
         AND a."startedAt" <= t."createdAt" AND (a."endedAt" IS NULL OR a."endedAt" > t."createdAt")
       ORDER BY a."startedAt" DESC LIMIT 1)
    ELSE e."responsibleOfficerId" END
FROM "Enterprise" e
WHERE e."id" = t."enterpriseId";
UPDATE "Ticket" t SET "stationId" = w."stationId" FROM "Workstation" w WHERE w."id" = t."workstationId";

CREATE FUNCTION "filed_place"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."stationId" IS NULL THEN
    SELECT w."stationId", e."workstationId", e."responsibleOfficerId"
      INTO NEW."stationId", NEW."workstationId", NEW."responsibleOfficerId"
      FROM "Enterprise" e JOIN "Workstation" w ON w."id" = e."workstationId"
      WHERE e."id" = NEW."enterpriseId";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Ticket_filed_place" BEFORE INSERT ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "filed_place"();

-- What one ticket row adds to the tally (sign 1) or takes from it (sign -1): its filing with the
-- outcome of its deadlines, its resolution and its escalation, each on its own China day.
CREATE FUNCTION "ticket_tally_facts"(t "Ticket", sign int)
RETURNS TABLE ("at" timestamp, "received" int, "accepted" int, "acceptedOnTime" int, "settled" int,
  "settledOnTime" int, "resolved" int, "escalated" int, "ratings" int, "ratingSum" int, "lowRatings" int)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN QUERY SELECT t."createdAt", sign,
    sign * (t."acceptedAt" IS NOT NULL)::int, sign * coalesce(t."acceptedAt" <= t."acceptDueAt", false)::int,
    sign * (t."resolvedAt" IS NOT NULL)::int, sign * coalesce(t."resolvedAt" <= t."resolveDueAt", false)::int,
    0, 0, 0, 0, 0;
  IF t."resolvedAt" IS NOT NULL THEN
    RETURN QUERY SELECT t."resolvedAt", 0, 0, 0, 0, 0, sign, 0, 0, 0, 0;
  END IF;
  IF t."escalatedAt" IS NOT NULL THEN
    RETURN QUERY SELECT t."escalatedAt", 0, 0, 0, 0, 0, 0, sign, 0, 0, 0;
  END IF;
END $$;

-- The first China day of the day, week (Monday) and month holding an instant (columns hold UTC;
-- China keeps UTC+8 all year).
CREATE FUNCTION "tally_span_start"(span "TallySpan", at timestamp) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE span
    WHEN 'DAY' THEN (at + interval '8 hours')::date
    WHEN 'WEEK' THEN date_trunc('week', at + interval '8 hours')::date
    ELSE date_trunc('month', at + interval '8 hours')::date END
$$;

-- Adds facts to the tally in one statement, in key order, so that two transactions touching the
-- same rows lock them in the same order and cannot deadlock on them.
CREATE FUNCTION "ticket_tally_add"(bureau text, station text, workstation text, officer text,
  cat "TicketCategory", facts jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TicketTally" AS x ("bureauId", "span", "day", "stationId", "workstationId", "responsibleOfficerId",
    "category", "received", "accepted", "acceptedOnTime", "settled", "settledOnTime", "resolved", "escalated",
    "ratings", "ratingSum", "lowRatings")
  SELECT bureau, s.span, "tally_span_start"(s.span, f."at"), coalesce(station, ''), coalesce(workstation, ''),
    coalesce(officer, ''), cat, sum(f."received"), sum(f."accepted"), sum(f."acceptedOnTime"), sum(f."settled"),
    sum(f."settledOnTime"), sum(f."resolved"), sum(f."escalated"), sum(f."ratings"), sum(f."ratingSum"),
    sum(f."lowRatings")
  FROM jsonb_to_recordset(facts) AS f("at" timestamp, "received" int, "accepted" int, "acceptedOnTime" int,
    "settled" int, "settledOnTime" int, "resolved" int, "escalated" int, "ratings" int, "ratingSum" int,
    "lowRatings" int)
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("bureauId", "span", "day", "stationId", "workstationId", "responsibleOfficerId", "category")
  DO UPDATE SET "received" = x."received" + EXCLUDED."received", "accepted" = x."accepted" + EXCLUDED."accepted",
    "acceptedOnTime" = x."acceptedOnTime" + EXCLUDED."acceptedOnTime", "settled" = x."settled" + EXCLUDED."settled",
    "settledOnTime" = x."settledOnTime" + EXCLUDED."settledOnTime", "resolved" = x."resolved" + EXCLUDED."resolved",
    "escalated" = x."escalated" + EXCLUDED."escalated", "ratings" = x."ratings" + EXCLUDED."ratings",
    "ratingSum" = x."ratingSum" + EXCLUDED."ratingSum", "lowRatings" = x."lowRatings" + EXCLUDED."lowRatings"
$$;

CREATE FUNCTION "ticket_tally_on_ticket"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."bureauId", NEW."stationId", NEW."workstationId", NEW."responsibleOfficerId",
      NEW."category", NEW."createdAt", NEW."acceptDueAt", NEW."acceptedAt", NEW."resolveDueAt", NEW."resolvedAt",
      NEW."escalatedAt") IS NOT DISTINCT FROM (OLD."bureauId", OLD."stationId", OLD."workstationId",
      OLD."responsibleOfficerId", OLD."category", OLD."createdAt", OLD."acceptDueAt", OLD."acceptedAt",
      OLD."resolveDueAt", OLD."resolvedAt", OLD."escalatedAt") THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW."bureauId", NEW."stationId", NEW."workstationId", NEW."responsibleOfficerId",
      NEW."category") IS NOT DISTINCT FROM (OLD."bureauId", OLD."stationId", OLD."workstationId",
      OLD."responsibleOfficerId", OLD."category") THEN
    -- Same keys: the old and new facts go in one statement and net out where they cancel.
    SELECT jsonb_agg(to_jsonb(f)) INTO facts FROM (
      SELECT * FROM "ticket_tally_facts"(OLD, -1) UNION ALL SELECT * FROM "ticket_tally_facts"(NEW, 1)) f;
    PERFORM "ticket_tally_add"(NEW."bureauId", NEW."stationId", NEW."workstationId", NEW."responsibleOfficerId",
      NEW."category", facts);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT jsonb_agg(to_jsonb(f)) INTO facts FROM "ticket_tally_facts"(OLD, -1) f;
    PERFORM "ticket_tally_add"(OLD."bureauId", OLD."stationId", OLD."workstationId", OLD."responsibleOfficerId",
      OLD."category", facts);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT jsonb_agg(to_jsonb(f)) INTO facts FROM "ticket_tally_facts"(NEW, 1) f;
    PERFORM "ticket_tally_add"(NEW."bureauId", NEW."stationId", NEW."workstationId", NEW."responsibleOfficerId",
      NEW."category", facts);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Ticket_tally" AFTER INSERT OR UPDATE OR DELETE ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "ticket_tally_on_ticket"();

-- A rating counts once, on the day it was given, whatever later ratings of the same ticket say.
CREATE FUNCTION "ticket_rating_fact"(at timestamp, rating int, sign int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(jsonb_build_object('at', at, 'received', 0, 'accepted', 0, 'acceptedOnTime', 0,
    'settled', 0, 'settledOnTime', 0, 'resolved', 0, 'escalated', 0, 'ratings', sign, 'ratingSum', sign * rating,
    'lowRatings', sign * (rating <= 2)::int))
$$;

CREATE FUNCTION "ticket_tally_on_rating"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev "TicketEvent";
  t "Ticket";
BEGIN
  ev := CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  IF ev."kind" <> 'RATED' OR (ev."data"->>'rating') IS NULL THEN
    RETURN NULL;
  END IF;
  -- When the ticket itself is being deleted, its delete already took its ratings away.
  SELECT * INTO t FROM "Ticket" WHERE "id" = ev."ticketId";
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM "ticket_tally_add"(t."bureauId", t."stationId", t."workstationId", t."responsibleOfficerId", t."category",
    "ticket_rating_fact"(ev."createdAt", (ev."data"->>'rating')::int, CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END));
  RETURN NULL;
END $$;

CREATE TRIGGER "TicketEvent_tally" AFTER INSERT OR DELETE ON "TicketEvent"
  FOR EACH ROW EXECUTE FUNCTION "ticket_tally_on_rating"();

CREATE FUNCTION "ticket_tally_on_ticket_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts jsonb;
BEGIN
  SELECT jsonb_agg("ticket_rating_fact"(ev."createdAt", (ev."data"->>'rating')::int, -1)->0) INTO facts
    FROM "TicketEvent" ev WHERE ev."ticketId" = OLD."id" AND ev."kind" = 'RATED' AND (ev."data"->>'rating') IS NOT NULL;
  IF facts IS NOT NULL THEN
    PERFORM "ticket_tally_add"(OLD."bureauId", OLD."stationId", OLD."workstationId", OLD."responsibleOfficerId",
      OLD."category", facts);
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "Ticket_tally_ratings" BEFORE DELETE ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "ticket_tally_on_ticket_delete"();

-- The tally recomputed from the rows: the reference the tests compare the maintained tally with,
-- and the way to fill it after a bulk load that wrote with the triggers off.
CREATE FUNCTION "ticket_tally_recount"() RETURNS SETOF "TicketTally" LANGUAGE sql STABLE AS $$
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), f."stationId", f."workstationId",
    f."responsibleOfficerId", f."category", sum(f."received")::int, sum(f."accepted")::int,
    sum(f."acceptedOnTime")::int, sum(f."settled")::int, sum(f."settledOnTime")::int, sum(f."resolved")::int,
    sum(f."escalated")::int, sum(f."ratings")::int, sum(f."ratingSum")::int, sum(f."lowRatings")::int
  FROM (
    SELECT t."bureauId", coalesce(t."stationId", '') AS "stationId", coalesce(t."workstationId", '') AS "workstationId",
      coalesce(t."responsibleOfficerId", '') AS "responsibleOfficerId", t."category", f.*
    FROM "Ticket" t CROSS JOIN LATERAL "ticket_tally_facts"(t, 1) f
    UNION ALL
    SELECT t."bureauId", coalesce(t."stationId", ''), coalesce(t."workstationId", ''),
      coalesce(t."responsibleOfficerId", ''), t."category", r.*
    FROM "TicketEvent" ev JOIN "Ticket" t ON t."id" = ev."ticketId"
    CROSS JOIN LATERAL jsonb_to_recordset("ticket_rating_fact"(ev."createdAt", (ev."data"->>'rating')::int, 1))
      AS r("at" timestamp, "received" int, "accepted" int, "acceptedOnTime" int, "settled" int, "settledOnTime" int,
        "resolved" int, "escalated" int, "ratings" int, "ratingSum" int, "lowRatings" int)
    WHERE ev."kind" = 'RATED' AND (ev."data"->>'rating') IS NOT NULL
  ) f
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
$$;

CREATE FUNCTION "ticket_tally_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "TicketTally";
  INSERT INTO "TicketTally" SELECT * FROM "ticket_tally_recount"();
$$;

SELECT "ticket_tally_rebuild"();

-- AlterTable
ALTER TABLE "BureauTicketTally" ADD COLUMN     "accepted" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "acceptedOnTime" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "escalated" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lowRatings" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ratingSum" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ratings" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "settled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "settledOnTime" INTEGER NOT NULL DEFAULT 0;

-- The county tally now keeps every figure the place tally keeps, so that a view of whole counties
-- (the city's) reads one row per county and span. Ticket facts are added by the county trigger,
-- which fires last on a ticket's statement; ratings by the rating triggers, right after the place
-- tally's rows.

DROP FUNCTION "bureau_tally_add"(jsonb);

-- Adds one county's facts to its tallies, each in one statement in key order: every figure to
-- BureauTicketTally, and the resolutions (the facts that carry whole hours) to ResolutionHoursTally.
CREATE FUNCTION "bureau_tally_add"(bureau text, facts jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "BureauTicketTally" AS x ("bureauId", "span", "day", "received", "accepted", "acceptedOnTime",
    "settled", "settledOnTime", "resolved", "escalated", "ratings", "ratingSum", "lowRatings")
  SELECT bureau, s.span, "tally_span_start"(s.span, f."at"), sum(f."received"), sum(f."accepted"),
    sum(f."acceptedOnTime"), sum(f."settled"), sum(f."settledOnTime"), sum(f."resolved"), sum(f."escalated"),
    sum(f."ratings"), sum(f."ratingSum"), sum(f."lowRatings")
  FROM jsonb_to_recordset(facts) AS f("at" timestamp, "received" int, "accepted" int, "acceptedOnTime" int,
    "settled" int, "settledOnTime" int, "resolved" int, "escalated" int, "ratings" int, "ratingSum" int,
    "lowRatings" int)
  CROSS JOIN "tally_spans"() s(span)
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT ("bureauId", "span", "day")
  DO UPDATE SET "received" = x."received" + EXCLUDED."received", "accepted" = x."accepted" + EXCLUDED."accepted",
    "acceptedOnTime" = x."acceptedOnTime" + EXCLUDED."acceptedOnTime", "settled" = x."settled" + EXCLUDED."settled",
    "settledOnTime" = x."settledOnTime" + EXCLUDED."settledOnTime", "resolved" = x."resolved" + EXCLUDED."resolved",
    "escalated" = x."escalated" + EXCLUDED."escalated", "ratings" = x."ratings" + EXCLUDED."ratings",
    "ratingSum" = x."ratingSum" + EXCLUDED."ratingSum", "lowRatings" = x."lowRatings" + EXCLUDED."lowRatings";
  INSERT INTO "ResolutionHoursTally" AS x ("bureauId", "span", "day", "hours", "resolved")
  SELECT bureau, s.span, "tally_span_start"(s.span, f."at"), f."hours", sum(f."resolved")
  FROM jsonb_to_recordset(facts) AS f("at" timestamp, "resolved" int, "hours" int)
  CROSS JOIN "tally_spans"() s(span)
  WHERE f."hours" IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("bureauId", "span", "day", "hours")
  DO UPDATE SET "resolved" = x."resolved" + EXCLUDED."resolved";
$$;

-- A ticket row's facts for its county: the place tally's facts, the resolution's carrying the whole
-- hours it took.
CREATE FUNCTION "bureau_ticket_facts"(t "Ticket", sign int) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  facts jsonb;
BEGIN
  SELECT coalesce(jsonb_agg(to_jsonb(f) || jsonb_build_object('hours',
      CASE WHEN f."resolved" <> 0 THEN "resolution_hours"(t."createdAt", t."resolvedAt") END)), '[]'::jsonb)
    INTO facts FROM "ticket_tally_facts"(t, sign) f;
  RETURN facts;
END $$;

CREATE OR REPLACE FUNCTION "bureau_tally_on_ticket"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."bureauId", NEW."createdAt", NEW."acceptDueAt", NEW."acceptedAt", NEW."resolveDueAt",
      NEW."resolvedAt", NEW."escalatedAt") IS NOT DISTINCT FROM (OLD."bureauId", OLD."createdAt", OLD."acceptDueAt",
      OLD."acceptedAt", OLD."resolveDueAt", OLD."resolvedAt", OLD."escalatedAt") THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."bureauId" = OLD."bureauId" THEN
    -- The old and new facts go in one statement and net out where they cancel.
    PERFORM "bureau_tally_add"(NEW."bureauId", "bureau_ticket_facts"(OLD, -1) || "bureau_ticket_facts"(NEW, 1));
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "bureau_tally_add"(OLD."bureauId", "bureau_ticket_facts"(OLD, -1));
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "bureau_tally_add"(NEW."bureauId", "bureau_ticket_facts"(NEW, 1));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "ticket_tally_on_rating"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev "TicketEvent";
  t "Ticket";
  fact jsonb;
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
  fact := "ticket_rating_fact"(ev."createdAt", (ev."data"->>'rating')::int, CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END);
  PERFORM "ticket_tally_add"(t."bureauId", t."stationId", t."workstationId", t."responsibleOfficerId", t."category", fact);
  PERFORM "bureau_tally_add"(t."bureauId", fact);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "ticket_tally_on_ticket_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts jsonb;
BEGIN
  SELECT jsonb_agg("ticket_rating_fact"(ev."createdAt", (ev."data"->>'rating')::int, -1)->0) INTO facts
    FROM "TicketEvent" ev WHERE ev."ticketId" = OLD."id" AND ev."kind" = 'RATED' AND (ev."data"->>'rating') IS NOT NULL;
  IF facts IS NOT NULL THEN
    PERFORM "ticket_tally_add"(OLD."bureauId", OLD."stationId", OLD."workstationId", OLD."responsibleOfficerId",
      OLD."category", facts);
    PERFORM "bureau_tally_add"(OLD."bureauId", facts);
  END IF;
  RETURN OLD;
END $$;

-- The county tally is the place tally summed over places and categories (in the table's column
-- order: the columns added above follow the first two counts, by name).
CREATE OR REPLACE FUNCTION "bureau_ticket_tally_recount"() RETURNS SETOF "BureauTicketTally" LANGUAGE sql STABLE AS $$
  SELECT x."bureauId", x."span", x."day", sum(x."received")::int, sum(x."resolved")::int, sum(x."accepted")::int,
    sum(x."acceptedOnTime")::int, sum(x."escalated")::int, sum(x."lowRatings")::int, sum(x."ratingSum")::int,
    sum(x."ratings")::int, sum(x."settled")::int, sum(x."settledOnTime")::int
  FROM "ticket_tally_recount"() x
  GROUP BY 1, 2, 3
$$;

DROP FUNCTION "bureau_tally_facts"("Ticket", int);

-- A rebuild fills the county tally from the place tally it has just rebuilt, instead of recounting the
-- rows a second time.
CREATE OR REPLACE FUNCTION "ticket_tally_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "TicketTally";
  INSERT INTO "TicketTally" SELECT * FROM "ticket_tally_recount"();
  DELETE FROM "BureauTicketTally";
  INSERT INTO "BureauTicketTally" ("bureauId", "span", "day", "received", "accepted", "acceptedOnTime", "settled",
    "settledOnTime", "resolved", "escalated", "ratings", "ratingSum", "lowRatings")
  SELECT "bureauId", "span", "day", sum("received"), sum("accepted"), sum("acceptedOnTime"), sum("settled"),
    sum("settledOnTime"), sum("resolved"), sum("escalated"), sum("ratings"), sum("ratingSum"), sum("lowRatings")
  FROM "TicketTally"
  GROUP BY 1, 2, 3;
  DELETE FROM "ResolutionHoursTally";
  INSERT INTO "ResolutionHoursTally" SELECT * FROM "resolution_hours_tally_recount"();
$$;

DELETE FROM "BureauTicketTally";
INSERT INTO "BureauTicketTally" ("bureauId", "span", "day", "received", "accepted", "acceptedOnTime", "settled",
  "settledOnTime", "resolved", "escalated", "ratings", "ratingSum", "lowRatings")
SELECT "bureauId", "span", "day", sum("received"), sum("accepted"), sum("acceptedOnTime"), sum("settled"),
  sum("settledOnTime"), sum("resolved"), sum("escalated"), sum("ratings"), sum("ratingSum"), sum("lowRatings")
FROM "TicketTally"
GROUP BY 1, 2, 3;

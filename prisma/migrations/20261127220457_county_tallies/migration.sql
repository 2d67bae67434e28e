-- CreateTable
CREATE TABLE "BureauTicketTally" (
    "bureauId" TEXT NOT NULL,
    "span" "TallySpan" NOT NULL,
    "day" DATE NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BureauTicketTally_pkey" PRIMARY KEY ("bureauId","span","day")
);

-- CreateTable
CREATE TABLE "ResolutionHoursTally" (
    "bureauId" TEXT NOT NULL,
    "span" "TallySpan" NOT NULL,
    "day" DATE NOT NULL,
    "hours" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ResolutionHoursTally_pkey" PRIMARY KEY ("bureauId","span","day","hours")
);

-- Whole hours from filing to resolution, rounded down: the unit the median resolution time is
-- counted in, by the tally below and by a view narrowed to a place alike.
CREATE FUNCTION "resolution_hours"(created timestamp, resolved timestamp) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT floor(extract(epoch FROM resolved - created) / 3600)::int
$$;

-- What one ticket row adds to the county's tallies (sign 1) or takes from them (sign -1): its
-- filing, and its resolution with the whole hours it took.
CREATE FUNCTION "bureau_tally_facts"(t "Ticket", sign int)
RETURNS TABLE ("bureauId" text, "at" timestamp, "received" int, "resolved" int, "hours" int)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN QUERY SELECT t."bureauId", t."createdAt", sign, 0, NULL::int;
  IF t."resolvedAt" IS NOT NULL THEN
    RETURN QUERY SELECT t."bureauId", t."resolvedAt", 0, sign, "resolution_hours"(t."createdAt", t."resolvedAt");
  END IF;
END $$;

-- Adds facts to both county tallies, each in one statement in key order, so that two transactions
-- touching the same rows lock them in the same order and cannot deadlock on them.
CREATE FUNCTION "bureau_tally_add"(facts jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "BureauTicketTally" AS x ("bureauId", "span", "day", "received", "resolved")
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), sum(f."received"), sum(f."resolved")
  FROM jsonb_to_recordset(facts) AS f("bureauId" text, "at" timestamp, "received" int, "resolved" int, "hours" int)
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT ("bureauId", "span", "day")
  DO UPDATE SET "received" = x."received" + EXCLUDED."received", "resolved" = x."resolved" + EXCLUDED."resolved";
  INSERT INTO "ResolutionHoursTally" AS x ("bureauId", "span", "day", "hours", "resolved")
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), f."hours", sum(f."resolved")
  FROM jsonb_to_recordset(facts) AS f("bureauId" text, "at" timestamp, "received" int, "resolved" int, "hours" int)
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  WHERE f."hours" IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("bureauId", "span", "day", "hours")
  DO UPDATE SET "resolved" = x."resolved" + EXCLUDED."resolved";
$$;

CREATE FUNCTION "bureau_tally_on_ticket"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  facts jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW."bureauId", NEW."createdAt", NEW."resolvedAt")
      IS NOT DISTINCT FROM (OLD."bureauId", OLD."createdAt", OLD."resolvedAt") THEN
    RETURN NULL;
  END IF;
  -- The old and new facts go in one statement and net out where they cancel.
  SELECT jsonb_agg(to_jsonb(f)) INTO facts FROM (
    SELECT * FROM "bureau_tally_facts"(OLD, -1) WHERE TG_OP IN ('UPDATE', 'DELETE')
    UNION ALL
    SELECT * FROM "bureau_tally_facts"(NEW, 1) WHERE TG_OP IN ('UPDATE', 'INSERT')) f;
  PERFORM "bureau_tally_add"(facts);
  RETURN NULL;
END $$;

-- Named to fire after "Ticket_tally" (triggers of one event fire in name order), so that every
-- write locks the place tally before the county's.
CREATE TRIGGER "Ticket_tally_bureau" AFTER INSERT OR UPDATE OR DELETE ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "bureau_tally_on_ticket"();

-- The county tallies recomputed from the rows: the reference the tests compare the maintained
-- ones with, and the way to fill them after a bulk load that wrote with the triggers off.
CREATE FUNCTION "bureau_ticket_tally_recount"() RETURNS SETOF "BureauTicketTally" LANGUAGE sql STABLE AS $$
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), sum(f."received")::int, sum(f."resolved")::int
  FROM "Ticket" t CROSS JOIN LATERAL "bureau_tally_facts"(t, 1) f
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  GROUP BY 1, 2, 3
$$;

CREATE FUNCTION "resolution_hours_tally_recount"() RETURNS SETOF "ResolutionHoursTally" LANGUAGE sql STABLE AS $$
  SELECT t."bureauId", s.span, "tally_span_start"(s.span, t."resolvedAt"),
    "resolution_hours"(t."createdAt", t."resolvedAt"), count(*)::int
  FROM "Ticket" t
  CROSS JOIN (VALUES ('DAY'::"TallySpan"), ('WEEK'), ('MONTH')) s(span)
  WHERE t."resolvedAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4
$$;

CREATE OR REPLACE FUNCTION "ticket_tally_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "TicketTally";
  INSERT INTO "TicketTally" SELECT * FROM "ticket_tally_recount"();
  DELETE FROM "BureauTicketTally";
  INSERT INTO "BureauTicketTally" SELECT * FROM "bureau_ticket_tally_recount"();
  DELETE FROM "ResolutionHoursTally";
  INSERT INTO "ResolutionHoursTally" SELECT * FROM "resolution_hours_tally_recount"();
$$;

INSERT INTO "BureauTicketTally" SELECT * FROM "bureau_ticket_tally_recount"();
INSERT INTO "ResolutionHoursTally" SELECT * FROM "resolution_hours_tally_recount"();

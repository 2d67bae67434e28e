-- The tallies keep China years too, so that a period holding a whole calendar year reads one row
-- per key for it instead of twelve. Every tally now writes and recounts each span the TallySpan
-- enum names (tally_spans()), whatever spans are added later.

CREATE FUNCTION "tally_spans"() RETURNS SETOF "TallySpan" LANGUAGE sql IMMUTABLE AS $$
  SELECT unnest(enum_range(NULL::"TallySpan"))
$$;

CREATE OR REPLACE FUNCTION "tally_span_start"(span "TallySpan", at timestamp) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE span
    WHEN 'DAY' THEN (at + interval '8 hours')::date
    WHEN 'WEEK' THEN date_trunc('week', at + interval '8 hours')::date
    WHEN 'MONTH' THEN date_trunc('month', at + interval '8 hours')::date
    ELSE date_trunc('year', at + interval '8 hours')::date END
$$;

CREATE OR REPLACE FUNCTION "ticket_tally_add"(bureau text, station text, workstation text, officer text,
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
  CROSS JOIN "tally_spans"() s(span)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("bureauId", "span", "day", "stationId", "workstationId", "responsibleOfficerId", "category")
  DO UPDATE SET "received" = x."received" + EXCLUDED."received", "accepted" = x."accepted" + EXCLUDED."accepted",
    "acceptedOnTime" = x."acceptedOnTime" + EXCLUDED."acceptedOnTime", "settled" = x."settled" + EXCLUDED."settled",
    "settledOnTime" = x."settledOnTime" + EXCLUDED."settledOnTime", "resolved" = x."resolved" + EXCLUDED."resolved",
    "escalated" = x."escalated" + EXCLUDED."escalated", "ratings" = x."ratings" + EXCLUDED."ratings",
    "ratingSum" = x."ratingSum" + EXCLUDED."ratingSum", "lowRatings" = x."lowRatings" + EXCLUDED."lowRatings"
$$;

CREATE OR REPLACE FUNCTION "ticket_tally_recount"() RETURNS SETOF "TicketTally" LANGUAGE sql STABLE AS $$
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
  CROSS JOIN "tally_spans"() s(span)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
$$;

CREATE OR REPLACE FUNCTION "bureau_tally_add"(facts jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "BureauTicketTally" AS x ("bureauId", "span", "day", "received", "resolved")
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), sum(f."received"), sum(f."resolved")
  FROM jsonb_to_recordset(facts) AS f("bureauId" text, "at" timestamp, "received" int, "resolved" int, "hours" int)
  CROSS JOIN "tally_spans"() s(span)
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT ("bureauId", "span", "day")
  DO UPDATE SET "received" = x."received" + EXCLUDED."received", "resolved" = x."resolved" + EXCLUDED."resolved";
  INSERT INTO "ResolutionHoursTally" AS x ("bureauId", "span", "day", "hours", "resolved")
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), f."hours", sum(f."resolved")
  FROM jsonb_to_recordset(facts) AS f("bureauId" text, "at" timestamp, "received" int, "resolved" int, "hours" int)
  CROSS JOIN "tally_spans"() s(span)
  WHERE f."hours" IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("bureauId", "span", "day", "hours")
  DO UPDATE SET "resolved" = x."resolved" + EXCLUDED."resolved";
$$;

CREATE OR REPLACE FUNCTION "bureau_ticket_tally_recount"() RETURNS SETOF "BureauTicketTally" LANGUAGE sql STABLE AS $$
  SELECT f."bureauId", s.span, "tally_span_start"(s.span, f."at"), sum(f."received")::int, sum(f."resolved")::int
  FROM "Ticket" t CROSS JOIN LATERAL "bureau_tally_facts"(t, 1) f
  CROSS JOIN "tally_spans"() s(span)
  GROUP BY 1, 2, 3
$$;

CREATE OR REPLACE FUNCTION "resolution_hours_tally_recount"() RETURNS SETOF "ResolutionHoursTally" LANGUAGE sql STABLE AS $$
  SELECT t."bureauId", s.span, "tally_span_start"(s.span, t."resolvedAt"),
    "resolution_hours"(t."createdAt", t."resolvedAt"), count(*)::int
  FROM "Ticket" t
  CROSS JOIN "tally_spans"() s(span)
  WHERE t."resolvedAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4
$$;

-- Years are made of whole China months, so the rows already kept per month sum to them exactly.
INSERT INTO "TicketTally"
SELECT "bureauId", 'YEAR'::"TallySpan", date_trunc('year', "day")::date, "stationId", "workstationId", "responsibleOfficerId",
  "category", sum("received"), sum("accepted"), sum("acceptedOnTime"), sum("settled"), sum("settledOnTime"),
  sum("resolved"), sum("escalated"), sum("ratings"), sum("ratingSum"), sum("lowRatings")
FROM "TicketTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO "BureauTicketTally"
SELECT "bureauId", 'YEAR'::"TallySpan", date_trunc('year', "day")::date, sum("received"), sum("resolved")
FROM "BureauTicketTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3;

INSERT INTO "ResolutionHoursTally"
SELECT "bureauId", 'YEAR'::"TallySpan", date_trunc('year', "day")::date, "hours", sum("resolved")
FROM "ResolutionHoursTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3, 4;

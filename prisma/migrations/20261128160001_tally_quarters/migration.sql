-- The tallies keep China quarters too, so that a period holding whole quarters of a year it does not
-- hold whole (this year so far, two years ending mid-year) reads one row per key for each of them
-- instead of three. Every tally writes and recounts each span the enum names (tally_spans()), so
-- only the start of a quarter is new here.

-- Each span named: a span added to the enum without its start here yields no start, which the
-- tallies' NOT NULL "day" refuses, rather than being counted under another span's start.
CREATE OR REPLACE FUNCTION "tally_span_start"(span "TallySpan", at timestamp) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE span
    WHEN 'DAY' THEN (at + interval '8 hours')::date
    WHEN 'WEEK' THEN date_trunc('week', at + interval '8 hours')::date
    WHEN 'MONTH' THEN date_trunc('month', at + interval '8 hours')::date
    WHEN 'QUARTER' THEN date_trunc('quarter', at + interval '8 hours')::date
    WHEN 'YEAR' THEN date_trunc('year', at + interval '8 hours')::date END
$$;

-- Quarters are made of whole China months, so the rows already kept per month sum to them exactly.
INSERT INTO "TicketTally"
SELECT "bureauId", 'QUARTER'::"TallySpan", date_trunc('quarter', "day")::date, "stationId", "workstationId",
  "responsibleOfficerId", "category", sum("received"), sum("accepted"), sum("acceptedOnTime"), sum("settled"),
  sum("settledOnTime"), sum("resolved"), sum("escalated"), sum("ratings"), sum("ratingSum"), sum("lowRatings")
FROM "TicketTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO "BureauTicketTally" ("bureauId", "span", "day", "received", "accepted", "acceptedOnTime", "settled",
  "settledOnTime", "resolved", "escalated", "ratings", "ratingSum", "lowRatings")
SELECT "bureauId", 'QUARTER'::"TallySpan", date_trunc('quarter', "day")::date, sum("received"), sum("accepted"),
  sum("acceptedOnTime"), sum("settled"), sum("settledOnTime"), sum("resolved"), sum("escalated"), sum("ratings"),
  sum("ratingSum"), sum("lowRatings")
FROM "BureauTicketTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3;

INSERT INTO "ResolutionHoursTally"
SELECT "bureauId", 'QUARTER'::"TallySpan", date_trunc('quarter', "day")::date, "hours", sum("resolved")
FROM "ResolutionHoursTally" WHERE "span" = 'MONTH'
GROUP BY 1, 2, 3, 4;

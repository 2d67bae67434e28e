-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "lastVisitedAt" TIMESTAMP(3);

-- Each enterprise carries the time of its latest visit, so that "visited within the cadence" reads
-- one column per enterprise instead of probing its visits. A new visit raises it; a deleted or moved
-- visit makes the enterprise's latest visit be looked up again. The bureau is named with the
-- enterprise so that the update stays on one county's rows (docs/deploy.md).
CREATE FUNCTION "enterprise_last_visit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Enterprise" e SET "lastVisitedAt" = (
        SELECT max(v."visitedAt") FROM "Visit" v
        WHERE v."enterpriseId" = OLD."enterpriseId" AND v."bureauId" = OLD."bureauId")
      WHERE e."id" = OLD."enterpriseId" AND e."bureauId" = OLD."bureauId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Enterprise" e SET "lastVisitedAt" = NEW."visitedAt"
      WHERE e."id" = NEW."enterpriseId" AND e."bureauId" = NEW."bureauId"
        AND (e."lastVisitedAt" IS NULL OR e."lastVisitedAt" < NEW."visitedAt");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Visit_last_visit" AFTER INSERT OR DELETE OR UPDATE OF "visitedAt", "enterpriseId", "bureauId" ON "Visit"
  FOR EACH ROW EXECUTE FUNCTION "enterprise_last_visit"();

UPDATE "Enterprise" e SET "lastVisitedAt" = v."lastVisitedAt"
FROM (SELECT "enterpriseId", "bureauId", max("visitedAt") AS "lastVisitedAt" FROM "Visit" GROUP BY 1, 2) v
WHERE e."id" = v."enterpriseId" AND e."bureauId" = v."bureauId";

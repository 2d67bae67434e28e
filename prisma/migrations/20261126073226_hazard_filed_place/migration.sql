-- AlterTable
ALTER TABLE "Hazard" ADD COLUMN     "responsibleOfficerId" TEXT,
ADD COLUMN     "stationId" TEXT,
ADD COLUMN     "workstationId" TEXT;

-- CreateIndex
CREATE INDEX "Hazard_bureauId_closedAt_idx" ON "Hazard"("bureauId", "closedAt");

-- Hazards remember where they were listed, as tickets do (see the ticket_tally migration): older
-- ones from the moves and the assignment history.
UPDATE "Hazard" h SET "workstationId" = coalesce(
    (SELECT m."fromWorkstationId" FROM "EnterpriseMove" m
     WHERE m."enterpriseId" = h."enterpriseId" AND m."movedAt" > h."createdAt" ORDER BY m."movedAt" LIMIT 1),
    e."workstationId"),
  "responsibleOfficerId" = CASE
    WHEN EXISTS (SELECT 1 FROM "Assignment" a WHERE a."enterpriseId" = h."enterpriseId") THEN
      (SELECT a."officerId" FROM "Assignment" a WHERE a."enterpriseId" = h."enterpriseId"
         AND a."startedAt" <= h."createdAt" AND (a."endedAt" IS NULL OR a."endedAt" > h."createdAt")
       ORDER BY a."startedAt" DESC LIMIT 1)
    ELSE e."responsibleOfficerId" END
FROM "Enterprise" e
WHERE e."id" = h."enterpriseId";
UPDATE "Hazard" h SET "stationId" = w."stationId" FROM "Workstation" w WHERE w."id" = h."workstationId";

-- The tickets' function: it reads the row's enterpriseId and fills the same columns.
CREATE TRIGGER "Hazard_filed_place" BEFORE INSERT ON "Hazard"
  FOR EACH ROW EXECUTE FUNCTION "filed_place"();

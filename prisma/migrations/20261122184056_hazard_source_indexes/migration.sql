-- CreateIndex
CREATE INDEX "Hazard_visitId_idx" ON "Hazard"("visitId");

-- CreateIndex
CREATE INDEX "Hazard_patrolLogId_idx" ON "Hazard"("patrolLogId");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_breachNotifiedAt_dueAt_idx" ON "Ticket"("bureauId", "breachNotifiedAt", "dueAt");

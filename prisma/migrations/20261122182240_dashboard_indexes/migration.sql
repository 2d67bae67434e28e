-- CreateIndex
CREATE INDEX "Ticket_bureauId_escalatedAt_idx" ON "Ticket"("bureauId", "escalatedAt");

-- CreateIndex
CREATE INDEX "TicketEvent_kind_createdAt_idx" ON "TicketEvent"("kind", "createdAt");

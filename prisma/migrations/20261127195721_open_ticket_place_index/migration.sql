-- CreateIndex
CREATE INDEX "Ticket_open_place_idx" ON "Ticket"("bureauId", "stationId", "workstationId", "responsibleOfficerId", "category", "status", "dueAt", "createdAt", "acceptedAt", "acceptDueAt", "resolvedAt", "resolveDueAt") WHERE (status = ANY (ARRAY['SUBMITTED'::"TicketStatus", 'ACCEPTED'::"TicketStatus", 'IN_PROGRESS'::"TicketStatus", 'REOPENED'::"TicketStatus"]));

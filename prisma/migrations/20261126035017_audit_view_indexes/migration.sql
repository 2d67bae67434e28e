-- CreateIndex
CREATE INDEX "AuditEvent_bureauId_action_createdAt_idx" ON "AuditEvent"("bureauId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_bureauId_entity_createdAt_idx" ON "AuditEvent"("bureauId", "entity", "createdAt");

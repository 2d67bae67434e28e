-- DropIndex
DROP INDEX "Ticket_assigneeId_status_resolveDueAt_idx";

-- DropIndex
DROP INDEX "Ticket_bureauId_status_resolveDueAt_idx";

-- DropIndex
DROP INDEX "Ticket_departmentId_status_resolveDueAt_idx";

-- DropIndex
DROP INDEX "Ticket_enterpriseId_status_resolveDueAt_idx";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "breachNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "dueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_dueAt_idx" ON "Ticket"("assigneeId", "dueAt");

-- CreateIndex
CREATE INDEX "Ticket_enterpriseId_dueAt_idx" ON "Ticket"("enterpriseId", "dueAt");

-- CreateIndex
CREATE INDEX "Ticket_departmentId_dueAt_idx" ON "Ticket"("departmentId", "dueAt");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_dueAt_idx" ON "Ticket"("bureauId", "dueAt");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_status_idx" ON "Ticket"("bureauId", "status");

-- CreateIndex
CREATE INDEX "Ticket_enterpriseId_status_idx" ON "Ticket"("enterpriseId", "status");

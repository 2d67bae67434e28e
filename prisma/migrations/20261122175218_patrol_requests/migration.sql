-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "patrolTeamId" TEXT;

-- CreateIndex
CREATE INDEX "Ticket_patrolTeamId_idx" ON "Ticket"("patrolTeamId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_patrolTeamId_fkey" FOREIGN KEY ("patrolTeamId") REFERENCES "PatrolTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

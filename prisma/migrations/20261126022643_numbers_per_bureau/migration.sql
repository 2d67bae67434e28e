-- DropIndex
DROP INDEX "ResidencyRequest_number_key";

-- DropIndex
DROP INDEX "Ticket_number_key";

-- CreateIndex
CREATE UNIQUE INDEX "ResidencyRequest_bureauId_number_key" ON "ResidencyRequest"("bureauId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_bureauId_number_key" ON "Ticket"("bureauId", "number");

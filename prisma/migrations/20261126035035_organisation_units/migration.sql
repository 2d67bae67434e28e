-- DropIndex
DROP INDEX "Department_bureauId_idx";

-- DropIndex
DROP INDEX "Department_code_key";

-- DropIndex
DROP INDEX "Station_bureauId_idx";

-- DropIndex
DROP INDEX "Station_code_key";

-- DropIndex
DROP INDEX "Workstation_bureauId_idx";

-- DropIndex
DROP INDEX "Workstation_code_key";

-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Station" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Workstation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EnterpriseMove" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "fromWorkstationId" TEXT NOT NULL,
    "toWorkstationId" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "movedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnterpriseMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnterpriseMove_enterpriseId_movedAt_idx" ON "EnterpriseMove"("enterpriseId", "movedAt");

-- CreateIndex
CREATE INDEX "EnterpriseMove_bureauId_movedAt_idx" ON "EnterpriseMove"("bureauId", "movedAt");

-- CreateIndex
CREATE INDEX "EnterpriseMove_fromWorkstationId_idx" ON "EnterpriseMove"("fromWorkstationId");

-- CreateIndex
CREATE INDEX "EnterpriseMove_toWorkstationId_idx" ON "EnterpriseMove"("toWorkstationId");

-- CreateIndex
CREATE INDEX "Department_bureauId_active_idx" ON "Department"("bureauId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Department_bureauId_code_key" ON "Department"("bureauId", "code");

-- CreateIndex
CREATE INDEX "Station_bureauId_active_idx" ON "Station"("bureauId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Station_bureauId_code_key" ON "Station"("bureauId", "code");

-- CreateIndex
CREATE INDEX "Workstation_bureauId_active_idx" ON "Workstation"("bureauId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Workstation_bureauId_code_key" ON "Workstation"("bureauId", "code");

-- AddForeignKey
ALTER TABLE "EnterpriseMove" ADD CONSTRAINT "EnterpriseMove_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseMove" ADD CONSTRAINT "EnterpriseMove_fromWorkstationId_fkey" FOREIGN KEY ("fromWorkstationId") REFERENCES "Workstation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseMove" ADD CONSTRAINT "EnterpriseMove_toWorkstationId_fkey" FOREIGN KEY ("toWorkstationId") REFERENCES "Workstation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

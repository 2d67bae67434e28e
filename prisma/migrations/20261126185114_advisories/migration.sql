-- CreateEnum
CREATE TYPE "AdvisoryUrgency" AS ENUM ('NORMAL', 'URGENT');

-- CreateEnum
CREATE TYPE "AdvisoryTarget" AS ENUM ('COUNTY', 'STATIONS', 'WORKSTATIONS', 'INDUSTRIES', 'KEY_PROJECTS', 'ENTERPRISES');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "advisoryId" TEXT;

-- CreateTable
CREATE TABLE "Advisory" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "urgency" "AdvisoryUrgency" NOT NULL DEFAULT 'NORMAL',
    "expiresAt" TIMESTAMP(3),
    "targetKind" "AdvisoryTarget" NOT NULL,
    "targetValues" TEXT[],
    "recipientCount" INTEGER NOT NULL,
    "lastRemindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Advisory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisoryRecipient" (
    "advisoryId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "remindedAt" TIMESTAMP(3),
    "remindCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdvisoryRecipient_pkey" PRIMARY KEY ("advisoryId","enterpriseId")
);

-- CreateTable
CREATE TABLE "AdvisoryStationTally" (
    "advisoryId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "recipients" INTEGER NOT NULL,
    "read" INTEGER NOT NULL DEFAULT 0,
    "acknowledged" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AdvisoryStationTally_pkey" PRIMARY KEY ("advisoryId","stationId")
);

-- CreateIndex
CREATE INDEX "Advisory_bureauId_createdAt_idx" ON "Advisory"("bureauId", "createdAt");

-- CreateIndex
CREATE INDEX "Advisory_senderId_createdAt_idx" ON "Advisory"("senderId", "createdAt");

-- CreateIndex
CREATE INDEX "AdvisoryRecipient_advisoryId_readAt_enterpriseId_idx" ON "AdvisoryRecipient"("advisoryId", "readAt", "enterpriseId");

-- CreateIndex
CREATE INDEX "AdvisoryRecipient_advisoryId_acknowledgedAt_enterpriseId_idx" ON "AdvisoryRecipient"("advisoryId", "acknowledgedAt", "enterpriseId");

-- CreateIndex
CREATE INDEX "AdvisoryRecipient_enterpriseId_acknowledgedAt_urgent_create_idx" ON "AdvisoryRecipient"("enterpriseId", "acknowledgedAt", "urgent", "createdAt");

-- CreateIndex
CREATE INDEX "AdvisoryStationTally_bureauId_sentAt_idx" ON "AdvisoryStationTally"("bureauId", "sentAt");

-- CreateIndex
CREATE INDEX "Attachment_advisoryId_idx" ON "Attachment"("advisoryId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_advisoryId_fkey" FOREIGN KEY ("advisoryId") REFERENCES "Advisory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advisory" ADD CONSTRAINT "Advisory_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryRecipient" ADD CONSTRAINT "AdvisoryRecipient_advisoryId_fkey" FOREIGN KEY ("advisoryId") REFERENCES "Advisory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryRecipient" ADD CONSTRAINT "AdvisoryRecipient_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryRecipient" ADD CONSTRAINT "AdvisoryRecipient_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryStationTally" ADD CONSTRAINT "AdvisoryStationTally_advisoryId_fkey" FOREIGN KEY ("advisoryId") REFERENCES "Advisory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryStationTally" ADD CONSTRAINT "AdvisoryStationTally_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

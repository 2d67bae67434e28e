-- AlterTable
ALTER TABLE "Bureau" ADD COLUMN     "parentId" TEXT;

-- CreateIndex
CREATE INDEX "Bureau_parentId_idx" ON "Bureau"("parentId");

-- AddForeignKey
ALTER TABLE "Bureau" ADD CONSTRAINT "Bureau_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

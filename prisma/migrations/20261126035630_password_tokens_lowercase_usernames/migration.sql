-- CreateEnum
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('RESET', 'INVITE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "workstationId" TEXT;

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "PasswordTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_usedAt_idx" ON "PasswordToken"("userId", "usedAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_workstationId_fkey" FOREIGN KEY ("workstationId") REFERENCES "Workstation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Usernames are case-insensitive: stored lower-case (sign-in lower-cases what is typed), so the
-- existing unique index on "username" makes them unique regardless of case. Two existing accounts
-- that differ only by case cannot be merged silently: the migration stops and names them.
DO $$
DECLARE
  clash TEXT;
BEGIN
  SELECT string_agg(lower("username"), ', ') INTO clash
    FROM (SELECT lower("username") AS "username" FROM "User" GROUP BY lower("username") HAVING count(*) > 1) AS c;
  IF clash IS NOT NULL THEN
    RAISE EXCEPTION 'usernames differ only by case, rename them first: %', clash;
  END IF;
END $$;

UPDATE "User" SET "username" = lower("username") WHERE "username" <> lower("username");

ALTER TABLE "User" ADD CONSTRAINT "User_username_lower_case" CHECK ("username" = lower("username"));

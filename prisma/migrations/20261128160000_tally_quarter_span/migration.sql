-- AlterEnum
ALTER TYPE "TallySpan" ADD VALUE 'QUARTER';

-- AlterEnum
ALTER TYPE "TallySpan" ADD VALUE 'YEAR';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CITY';

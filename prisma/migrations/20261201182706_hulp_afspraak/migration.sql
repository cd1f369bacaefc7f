-- AlterEnum
ALTER TYPE "HulpBerichtSoort" ADD VALUE 'AFSPRAAK';

-- AlterTable
ALTER TABLE "HulpAanbod" ADD COLUMN     "afgesprokenOp" DATE;

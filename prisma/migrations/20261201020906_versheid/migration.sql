-- AlterTable
ALTER TABLE "Activiteit" ADD COLUMN     "gemeldNietMeerOp" TIMESTAMP(3),
ADD COLUMN     "herinneringVerstuurdOp" TIMESTAMP(3),
ADD COLUMN     "laatstGecontroleerd" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Plek" ADD COLUMN     "gemeldNietMeerOp" TIMESTAMP(3),
ADD COLUMN     "herinneringVerstuurdOp" TIMESTAMP(3),
ADD COLUMN     "laatstGecontroleerd" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing entries count as checked when they were last changed (or created).
UPDATE "Activiteit" SET "laatstGecontroleerd" = COALESCE("updatedAt", "createdAt");
UPDATE "Plek" SET "laatstGecontroleerd" = COALESCE("updatedAt", "createdAt");

-- AlterEnum
ALTER TYPE "PublicatieStatus" ADD VALUE 'TER_CONTROLE';

-- AlterTable
ALTER TABLE "Melding" ADD COLUMN     "melderSleutel" TEXT;

-- CreateIndex
CREATE INDEX "Melding_entiteit_entiteitId_idx" ON "Melding"("entiteit", "entiteitId");

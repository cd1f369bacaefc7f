-- CreateEnum
CREATE TYPE "HulpBerichtSoort" AS ENUM ('TEKST', 'TELEFOON');

-- AlterTable
ALTER TABLE "HulpAanbod" ADD COLUMN     "geaccepteerdOp" TIMESTAMP(3),
ADD COLUMN     "geblokkeerdDoorId" TEXT,
ADD COLUMN     "geblokkeerdOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Hulpvraag" ADD COLUMN     "gelukt" BOOLEAN,
ADD COLUMN     "geluktGevraagdOp" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HulpBericht" (
    "id" TEXT NOT NULL,
    "aanbodId" TEXT NOT NULL,
    "afzenderId" TEXT NOT NULL,
    "soort" "HulpBerichtSoort" NOT NULL DEFAULT 'TEKST',
    "tekst" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HulpBericht_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HulpBericht_aanbodId_createdAt_idx" ON "HulpBericht"("aanbodId", "createdAt");

-- CreateIndex
CREATE INDEX "Hulpvraag_status_geluktGevraagdOp_idx" ON "Hulpvraag"("status", "geluktGevraagdOp");

-- AddForeignKey
ALTER TABLE "HulpBericht" ADD CONSTRAINT "HulpBericht_aanbodId_fkey" FOREIGN KEY ("aanbodId") REFERENCES "HulpAanbod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HulpBericht" ADD CONSTRAINT "HulpBericht_afzenderId_fkey" FOREIGN KEY ("afzenderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "TaakStatus" AS ENUM ('WACHT', 'BEZIG', 'GELUKT', 'MISLUKT');

-- CreateTable
CREATE TABLE "Taak" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "status" "TaakStatus" NOT NULL DEFAULT 'WACHT',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "maxPogingen" INTEGER NOT NULL DEFAULT 3,
    "volgendePoging" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "vergrendeldTot" TIMESTAMP(3),
    "gestartOp" TIMESTAMP(3),
    "klaarOp" TIMESTAMP(3),
    "fout" TEXT,
    "resultaat" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Taak_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Taak_sleutel_key" ON "Taak"("sleutel");

-- CreateIndex
CREATE INDEX "Taak_status_volgendePoging_idx" ON "Taak"("status", "volgendePoging");

-- CreateIndex
CREATE INDEX "Taak_createdAt_idx" ON "Taak"("createdAt");

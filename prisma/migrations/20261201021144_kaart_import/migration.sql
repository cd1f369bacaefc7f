-- AlterTable
ALTER TABLE "Activiteit" ADD COLUMN     "bron" TEXT,
ADD COLUMN     "externId" TEXT;

-- AlterTable
ALTER TABLE "Plek" ADD COLUMN     "bron" TEXT,
ADD COLUMN     "externId" TEXT;

-- CreateTable
CREATE TABLE "KaartImport" (
    "id" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "formaat" TEXT NOT NULL,
    "bron" TEXT NOT NULL,
    "inhoud" TEXT NOT NULL,
    "opties" JSONB,
    "actorId" TEXT,
    "toegepastOp" TIMESTAMP(3),
    "resultaat" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KaartImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Activiteit_bron_externId_key" ON "Activiteit"("bron", "externId");

-- CreateIndex
CREATE UNIQUE INDEX "Plek_bron_externId_key" ON "Plek"("bron", "externId");

-- AlterTable
ALTER TABLE "Instellingen" ADD COLUMN     "kaartControle" BOOLEAN;

-- CreateTable
CREATE TABLE "KaartVoorstel" (
    "id" TEXT NOT NULL,
    "entiteit" TEXT NOT NULL,
    "entiteitId" TEXT NOT NULL,
    "organisatieId" TEXT,
    "indienerId" TEXT,
    "invoer" JSONB NOT NULL,
    "voor" JSONB NOT NULL,
    "na" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "beoordelaarId" TEXT,
    "beoordeeldOp" TIMESTAMP(3),
    "reden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KaartVoorstel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KaartVoorstel_status_createdAt_idx" ON "KaartVoorstel"("status", "createdAt");

-- CreateIndex
CREATE INDEX "KaartVoorstel_entiteit_entiteitId_idx" ON "KaartVoorstel"("entiteit", "entiteitId");

-- AddForeignKey
ALTER TABLE "KaartVoorstel" ADD CONSTRAINT "KaartVoorstel_indienerId_fkey" FOREIGN KEY ("indienerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaartVoorstel" ADD CONSTRAINT "KaartVoorstel_beoordelaarId_fkey" FOREIGN KEY ("beoordelaarId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "HulpNamens" (
    "id" TEXT NOT NULL,
    "hulpvraagId" TEXT NOT NULL,
    "referentie" TEXT NOT NULL,
    "medewerkerId" TEXT,
    "inwonerNaam" TEXT NOT NULL,
    "inwonerEmail" TEXT,
    "inwonerTelefoon" TEXT,
    "toestemmingWijze" TEXT NOT NULL,
    "toestemmingOp" TIMESTAMP(3) NOT NULL,
    "overnameHash" TEXT,
    "overnameVerlooptOp" TIMESTAMP(3),
    "overgenomenOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HulpNamens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HulpNamens_hulpvraagId_key" ON "HulpNamens"("hulpvraagId");

-- CreateIndex
CREATE UNIQUE INDEX "HulpNamens_referentie_key" ON "HulpNamens"("referentie");

-- CreateIndex
CREATE UNIQUE INDEX "HulpNamens_overnameHash_key" ON "HulpNamens"("overnameHash");

-- CreateIndex
CREATE INDEX "HulpNamens_medewerkerId_idx" ON "HulpNamens"("medewerkerId");

-- AddForeignKey
ALTER TABLE "HulpNamens" ADD CONSTRAINT "HulpNamens_hulpvraagId_fkey" FOREIGN KEY ("hulpvraagId") REFERENCES "Hulpvraag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HulpNamens" ADD CONSTRAINT "HulpNamens_medewerkerId_fkey" FOREIGN KEY ("medewerkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

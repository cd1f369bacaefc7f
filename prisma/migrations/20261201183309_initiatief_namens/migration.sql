-- CreateTable
CREATE TABLE "InitiatiefNamens" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
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

    CONSTRAINT "InitiatiefNamens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefNamens_initiatiefId_key" ON "InitiatiefNamens"("initiatiefId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefNamens_overnameHash_key" ON "InitiatiefNamens"("overnameHash");

-- CreateIndex
CREATE INDEX "InitiatiefNamens_medewerkerId_idx" ON "InitiatiefNamens"("medewerkerId");

-- AddForeignKey
ALTER TABLE "InitiatiefNamens" ADD CONSTRAINT "InitiatiefNamens_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiatiefNamens" ADD CONSTRAINT "InitiatiefNamens_medewerkerId_fkey" FOREIGN KEY ("medewerkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "InitiatiefUpdate" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "auteurId" TEXT,
    "titel" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "foto" TEXT,
    "fotoType" TEXT,
    "fotoBreedte" INTEGER,
    "fotoHoogte" INTEGER,
    "fotoBeschrijving" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiatiefUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiatiefSteun" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "tokenHash" TEXT,
    "tokenVerlooptOp" TIMESTAMP(3),
    "bevestigdOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiatiefSteun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefUpdate_foto_key" ON "InitiatiefUpdate"("foto");

-- CreateIndex
CREATE INDEX "InitiatiefUpdate_initiatiefId_createdAt_idx" ON "InitiatiefUpdate"("initiatiefId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefSteun_tokenHash_key" ON "InitiatiefSteun"("tokenHash");

-- CreateIndex
CREATE INDEX "InitiatiefSteun_initiatiefId_bevestigdOp_idx" ON "InitiatiefSteun"("initiatiefId", "bevestigdOp");

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefSteun_initiatiefId_emailHash_key" ON "InitiatiefSteun"("initiatiefId", "emailHash");

-- AddForeignKey
ALTER TABLE "InitiatiefUpdate" ADD CONSTRAINT "InitiatiefUpdate_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiatiefUpdate" ADD CONSTRAINT "InitiatiefUpdate_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiatiefSteun" ADD CONSTRAINT "InitiatiefSteun_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Shown on the public initiative page and the wijk page: follow them for the page cache.
SELECT sbp_volg_inhoud('InitiatiefUpdate');
SELECT sbp_volg_inhoud('InitiatiefSteun');

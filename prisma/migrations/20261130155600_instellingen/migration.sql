-- CreateTable
CREATE TABLE "Uitnodiging" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "gebruiktOp" TIMESTAMP(3),
    "doorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Uitnodiging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instellingen" (
    "id" TEXT NOT NULL DEFAULT 'gemeente',
    "gemeenteNaam" TEXT,
    "gemeenteCode" TEXT,
    "telefoon" TEXT,
    "email" TEXT,
    "adres" TEXT,
    "privacyContact" TEXT,
    "welkomTekst" TEXT,
    "kleinBedrag" INTEGER,
    "vierOgenBedrag" INTEGER,
    "reactietermijnWerkdagen" INTEGER,
    "hulpvraagGeldigDagen" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instellingen_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Uitnodiging_tokenHash_key" ON "Uitnodiging"("tokenHash");

-- CreateIndex
CREATE INDEX "Uitnodiging_userId_idx" ON "Uitnodiging"("userId");

-- AddForeignKey
ALTER TABLE "Uitnodiging" ADD CONSTRAINT "Uitnodiging_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

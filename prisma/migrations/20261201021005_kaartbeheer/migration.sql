-- AlterTable
ALTER TABLE "Plek" ADD COLUMN     "openingsUitzonderingen" JSONB;

-- CreateTable
CREATE TABLE "ActiviteitRooster" (
    "activiteitId" TEXT NOT NULL,
    "rrule" TEXT NOT NULL,
    "vanaf" TEXT NOT NULL,
    "totEnMet" TEXT,
    "startTijd" TEXT NOT NULL,
    "eindTijd" TEXT NOT NULL,
    "uitgevallen" JSONB NOT NULL DEFAULT '[]',
    "verplaatst" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActiviteitRooster_pkey" PRIMARY KEY ("activiteitId")
);

-- CreateTable
CREATE TABLE "KaartWijziging" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "entiteit" TEXT NOT NULL,
    "entiteitId" TEXT NOT NULL,
    "actie" TEXT NOT NULL,
    "voor" JSONB,
    "na" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KaartWijziging_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KaartWijziging_entiteit_entiteitId_idx" ON "KaartWijziging"("entiteit", "entiteitId");

-- CreateIndex
CREATE INDEX "KaartWijziging_createdAt_idx" ON "KaartWijziging"("createdAt");

-- AddForeignKey
ALTER TABLE "ActiviteitRooster" ADD CONSTRAINT "ActiviteitRooster_activiteitId_fkey" FOREIGN KEY ("activiteitId") REFERENCES "Activiteit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KaartWijziging" ADD CONSTRAINT "KaartWijziging_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

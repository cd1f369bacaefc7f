-- CreateTable
CREATE TABLE "Huisstijl" (
    "id" TEXT NOT NULL DEFAULT 'huisstijl',
    "thema" TEXT NOT NULL DEFAULT 'neutraal',
    "hoofdkleur" TEXT,
    "accentkleur" TEXT,
    "logoUrl" TEXT,
    "bijgewerktDoorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Huisstijl_pkey" PRIMARY KEY ("id")
);

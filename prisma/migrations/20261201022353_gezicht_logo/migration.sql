-- CreateTable
CREATE TABLE "HuisstijlLogo" (
    "id" TEXT NOT NULL DEFAULT 'huisstijl',
    "mime" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "hash" TEXT NOT NULL,
    "bijgewerktDoorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HuisstijlLogo_pkey" PRIMARY KEY ("id")
);

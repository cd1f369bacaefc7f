-- CreateEnum
CREATE TYPE "VolgFrequentie" AS ENUM ('DAG', 'WEEK');

-- CreateTable
CREATE TABLE "WijkVolger" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "userId" TEXT,
    "frequentie" "VolgFrequentie" NOT NULL DEFAULT 'WEEK',
    "tokenHash" TEXT NOT NULL,
    "tokenVersleuteld" TEXT NOT NULL,
    "bevestigdOp" TIMESTAMP(3),
    "afgemeldOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WijkVolger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WijkDigest" (
    "id" TEXT NOT NULL,
    "volgerId" TEXT NOT NULL,
    "periode" TEXT NOT NULL,
    "vanaf" TIMESTAMP(3) NOT NULL,
    "tot" TIMESTAMP(3) NOT NULL,
    "aantal" INTEGER NOT NULL DEFAULT 0,
    "verstuurdOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WijkDigest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WijkVolger_tokenHash_key" ON "WijkVolger"("tokenHash");

-- CreateIndex
CREATE INDEX "WijkVolger_wijkId_idx" ON "WijkVolger"("wijkId");

-- CreateIndex
CREATE UNIQUE INDEX "WijkVolger_email_wijkId_key" ON "WijkVolger"("email", "wijkId");

-- CreateIndex
CREATE UNIQUE INDEX "WijkDigest_volgerId_periode_key" ON "WijkDigest"("volgerId", "periode");

-- AddForeignKey
ALTER TABLE "WijkVolger" ADD CONSTRAINT "WijkVolger_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkVolger" ADD CONSTRAINT "WijkVolger_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkDigest" ADD CONSTRAINT "WijkDigest_volgerId_fkey" FOREIGN KEY ("volgerId") REFERENCES "WijkVolger"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "LocatieserverCache" (
    "sleutel" TEXT NOT NULL,
    "antwoord" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LocatieserverCache_pkey" PRIMARY KEY ("sleutel")
);

-- CreateIndex
CREATE INDEX "LocatieserverCache_verlooptOp_idx" ON "LocatieserverCache"("verlooptOp");

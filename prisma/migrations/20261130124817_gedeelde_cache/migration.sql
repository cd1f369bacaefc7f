-- CreateTable
CREATE TABLE "GedeeldeCache" (
    "sleutel" TEXT NOT NULL,
    "groep" TEXT NOT NULL,
    "generatie" BIGINT NOT NULL,
    "waarde" TEXT NOT NULL,
    "verlooptOp" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GedeeldeCache_pkey" PRIMARY KEY ("sleutel")
);

-- CreateTable
CREATE TABLE "CacheGeneratie" (
    "groep" TEXT NOT NULL,
    "generatie" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CacheGeneratie_pkey" PRIMARY KEY ("groep")
);

-- CreateIndex
CREATE INDEX "GedeeldeCache_verlooptOp_idx" ON "GedeeldeCache"("verlooptOp");

-- AlterTable
ALTER TABLE "Categorie" ADD COLUMN     "gearchiveerdOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Wijk" ADD COLUMN     "gearchiveerdOp" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WijkSlug" (
    "slug" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WijkSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "GebiedImport" (
    "id" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "gemeentecode" TEXT NOT NULL,
    "inhoud" TEXT NOT NULL,
    "actorId" TEXT,
    "toegepastOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GebiedImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WijkSlug_wijkId_idx" ON "WijkSlug"("wijkId");

-- AddForeignKey
ALTER TABLE "WijkSlug" ADD CONSTRAINT "WijkSlug_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

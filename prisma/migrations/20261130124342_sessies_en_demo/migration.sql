-- AlterTable
ALTER TABLE "User" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Sessie" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT,

    CONSTRAINT "Sessie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sessie_userId_idx" ON "Sessie"("userId");

-- AddForeignKey
ALTER TABLE "Sessie" ADD CONSTRAINT "Sessie_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the accounts the demo seed creates (published demo password) are demo accounts
UPDATE "User" SET "demo" = true WHERE "email" IN (
    'beheerder@heusden.example',
    'ambtenaar@heusden.example',
    'ambtenaar2@heusden.example',
    'opbouwwerker.drunen@heusden.example',
    'opbouwwerker.vlijmen@heusden.example',
    'opbouwwerker.heusden@heusden.example',
    'inwoner@heusden.example'
);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpActiefSinds" TIMESTAMP(3),
ADD COLUMN     "totpGeheim" TEXT,
ADD COLUMN     "totpLaatsteStap" INTEGER;

-- CreateTable
CREATE TABLE "Herstelcode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "gebruiktOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Herstelcode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Herstelcode_userId_hash_key" ON "Herstelcode"("userId", "hash");

-- AddForeignKey
ALTER TABLE "Herstelcode" ADD CONSTRAINT "Herstelcode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

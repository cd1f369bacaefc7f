-- CreateTable
CREATE TABLE "InitiatiefVolger" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "tokenVersleuteld" TEXT NOT NULL,
    "bevestigdOp" TIMESTAMP(3),
    "afgemeldOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiatiefVolger_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefVolger_tokenHash_key" ON "InitiatiefVolger"("tokenHash");

-- CreateIndex
CREATE INDEX "InitiatiefVolger_initiatiefId_idx" ON "InitiatiefVolger"("initiatiefId");

-- CreateIndex
CREATE UNIQUE INDEX "InitiatiefVolger_email_initiatiefId_key" ON "InitiatiefVolger"("email", "initiatiefId");

-- AddForeignKey
ALTER TABLE "InitiatiefVolger" ADD CONSTRAINT "InitiatiefVolger_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiatiefVolger" ADD CONSTRAINT "InitiatiefVolger_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

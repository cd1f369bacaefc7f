-- CreateTable
CREATE TABLE "OrganisatieLid" (
    "id" TEXT NOT NULL,
    "organisatieId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisatieLid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisatieLid_userId_idx" ON "OrganisatieLid"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisatieLid_organisatieId_userId_key" ON "OrganisatieLid"("organisatieId", "userId");

-- AddForeignKey
ALTER TABLE "OrganisatieLid" ADD CONSTRAINT "OrganisatieLid_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisatieLid" ADD CONSTRAINT "OrganisatieLid_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

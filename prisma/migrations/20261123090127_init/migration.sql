-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('INWONER', 'OPBOUWWERKER', 'AMBTENAAR', 'BEHEERDER');

-- CreateEnum
CREATE TYPE "WijkSoort" AS ENUM ('WIJK', 'DORP', 'KERN', 'BUURT');

-- CreateEnum
CREATE TYPE "Sfeer" AS ENUM ('PERSOONLIJK', 'GEMEENSCHAPPELIJK', 'INSTITUTIONEEL');

-- CreateEnum
CREATE TYPE "Doelgroep" AS ENUM ('IEDEREEN', 'JONGEREN', 'OUDEREN', 'GEZINNEN', 'MANTELZORGERS');

-- CreateEnum
CREATE TYPE "PlekSoort" AS ENUM ('ONTMOETINGSPLEK', 'VOORZIENING');

-- CreateEnum
CREATE TYPE "Ligging" AS ENUM ('BINNEN', 'BUITEN');

-- CreateEnum
CREATE TYPE "PublicatieStatus" AS ENUM ('CONCEPT', 'GEPUBLICEERD', 'GEARCHIVEERD');

-- CreateEnum
CREATE TYPE "SuggestieStatus" AS ENUM ('NIEUW', 'GOEDGEKEURD', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "InitiatiefStatus" AS ENUM ('CONCEPT', 'INGEDIEND', 'IN_BEHANDELING', 'AANVULLING_GEVRAAGD', 'GOEDGEKEURD', 'AFGEWEZEN', 'DOORVERWEZEN', 'INGETROKKEN', 'AFGEROND');

-- CreateEnum
CREATE TYPE "Doel" AS ENUM ('ONTMOETING', 'INFORMEEL_NETWERK', 'OMZIEN', 'POSITIEVE_GEZONDHEID');

-- CreateEnum
CREATE TYPE "SignaalSoort" AS ENUM ('IDEE', 'ZORG', 'WENS');

-- CreateEnum
CREATE TYPE "SignaalStatus" AS ENUM ('NIEUW', 'GEKOPPELD', 'AFGEHANDELD');

-- CreateEnum
CREATE TYPE "ModeratieStatus" AS ENUM ('INGEDIEND', 'GEPUBLICEERD', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "HulpvraagStatus" AS ENUM ('OPEN', 'GEKOPPELD', 'GESLOTEN', 'VERBORGEN');

-- CreateEnum
CREATE TYPE "AanbodStatus" AS ENUM ('AANGEBODEN', 'GEACCEPTEERD', 'AFGEWEZEN');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT,
    "rol" "Rol" NOT NULL DEFAULT 'INWONER',
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "telefoon" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpbouwwerkerWijk" (
    "userId" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,

    CONSTRAINT "OpbouwwerkerWijk_pkey" PRIMARY KEY ("userId","wijkId")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Wijk" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "soort" "WijkSoort" NOT NULL DEFAULT 'WIJK',
    "cbsCode" TEXT,
    "parentId" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "grens" JSONB,
    "inwoners" INTEGER,
    "portret" TEXT,
    "wijkraadNaam" TEXT,
    "wijkraadEmail" TEXT,
    "wijkraadWebsite" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Wijk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WijkCijfer" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "waarde" DOUBLE PRECISION NOT NULL,
    "eenheid" TEXT,
    "bron" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WijkCijfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Categorie" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "soort" "PlekSoort" NOT NULL,
    "groep" TEXT,
    "kleur" TEXT NOT NULL DEFAULT '#1f5f8b',
    "icoon" TEXT NOT NULL DEFAULT 'punt',
    "volgorde" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Categorie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisatie" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "beschrijving" TEXT,
    "website" TEXT,
    "email" TEXT,
    "telefoon" TEXT,
    "wijkId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plek" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "soort" "PlekSoort" NOT NULL DEFAULT 'ONTMOETINGSPLEK',
    "categorieId" TEXT NOT NULL,
    "ligging" "Ligging" NOT NULL DEFAULT 'BINNEN',
    "sfeer" "Sfeer" NOT NULL DEFAULT 'GEMEENSCHAPPELIJK',
    "beschrijving" TEXT NOT NULL DEFAULT '',
    "adres" TEXT,
    "postcode" TEXT,
    "plaats" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "wijkId" TEXT NOT NULL,
    "organisatieId" TEXT,
    "doelgroepen" "Doelgroep"[] DEFAULT ARRAY['IEDEREEN']::"Doelgroep"[],
    "rolstoeltoegankelijk" BOOLEAN NOT NULL DEFAULT false,
    "aangepastToilet" BOOLEAN NOT NULL DEFAULT false,
    "ringleiding" BOOLEAN NOT NULL DEFAULT false,
    "toegankelijkheid" TEXT,
    "contactNaam" TEXT,
    "email" TEXT,
    "telefoon" TEXT,
    "website" TEXT,
    "openingstijden" JSONB,
    "status" "PublicatieStatus" NOT NULL DEFAULT 'GEPUBLICEERD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activiteit" (
    "id" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "beschrijving" TEXT NOT NULL DEFAULT '',
    "plekId" TEXT,
    "wijkId" TEXT NOT NULL,
    "organisatieId" TEXT,
    "start" TIMESTAMP(3),
    "eind" TIMESTAMP(3),
    "herhaling" TEXT,
    "doelgroepen" "Doelgroep"[] DEFAULT ARRAY['IEDEREEN']::"Doelgroep"[],
    "sfeer" "Sfeer" NOT NULL DEFAULT 'GEMEENSCHAPPELIJK',
    "kosten" TEXT,
    "aanmelden" TEXT,
    "status" "PublicatieStatus" NOT NULL DEFAULT 'GEPUBLICEERD',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activiteit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlekSuggestie" (
    "id" TEXT NOT NULL,
    "plekId" TEXT,
    "wijkId" TEXT NOT NULL,
    "gegevens" JSONB NOT NULL,
    "toelichting" TEXT,
    "email" TEXT,
    "status" "SuggestieStatus" NOT NULL DEFAULT 'NIEUW',
    "behandeldDoor" TEXT,
    "behandeldOp" TIMESTAMP(3),
    "reden" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlekSuggestie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiatief" (
    "id" TEXT NOT NULL,
    "referentie" TEXT,
    "status" "InitiatiefStatus" NOT NULL DEFAULT 'CONCEPT',
    "versie" INTEGER NOT NULL DEFAULT 0,
    "conceptSleutel" TEXT,
    "laatsteStap" TEXT,
    "indienerId" TEXT,
    "behandelaarId" TEXT,
    "titel" TEXT NOT NULL DEFAULT '',
    "ikWil" TEXT NOT NULL DEFAULT '',
    "ikKan" TEXT NOT NULL DEFAULT '',
    "samenMet" TEXT NOT NULL DEFAULT '',
    "nodigGeld" BOOLEAN NOT NULL DEFAULT false,
    "nodigRuimte" BOOLEAN NOT NULL DEFAULT false,
    "nodigMateriaal" BOOLEAN NOT NULL DEFAULT false,
    "nodigContact" BOOLEAN NOT NULL DEFAULT false,
    "nodigBekendheid" BOOLEAN NOT NULL DEFAULT false,
    "nodigToelichting" TEXT NOT NULL DEFAULT '',
    "bedragGevraagd" INTEGER,
    "begroting" JSONB,
    "voorWie" TEXT NOT NULL DEFAULT '',
    "wijkId" TEXT,
    "locatie" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "doelen" "Doel"[],
    "meedoen" TEXT NOT NULL DEFAULT '',
    "contactNaam" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactTelefoon" TEXT NOT NULL DEFAULT '',
    "openbaar" BOOLEAN NOT NULL DEFAULT false,
    "bedragToegekend" INTEGER,
    "voorwaarden" TEXT,
    "besluitReden" TEXT,
    "doorverwezenNaar" TEXT,
    "ingediendOp" TIMESTAMP(3),
    "besluitOp" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiatief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referentieteller" (
    "soort" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "laatste" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Referentieteller_pkey" PRIMARY KEY ("soort","jaar")
);

-- CreateTable
CREATE TABLE "Bericht" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "auteurId" TEXT,
    "vanGemeente" BOOLEAN NOT NULL DEFAULT false,
    "intern" BOOLEAN NOT NULL DEFAULT false,
    "tekst" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Beoordeling" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "beoordelaarId" TEXT,
    "checklist" JSONB NOT NULL,
    "betrokkenheid" TEXT NOT NULL DEFAULT '',
    "legitimiteit" TEXT NOT NULL DEFAULT '',
    "rendement" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Beoordeling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goedkeuring" (
    "initiatiefId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bedrag" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Goedkeuring_pkey" PRIMARY KEY ("initiatiefId","userId")
);

-- CreateTable
CREATE TABLE "Verantwoording" (
    "id" TEXT NOT NULL,
    "initiatiefId" TEXT NOT NULL,
    "bereikt" TEXT NOT NULL,
    "deelnemers" INTEGER,
    "bijdragen" TEXT NOT NULL DEFAULT '',
    "citaten" TEXT NOT NULL DEFAULT '',
    "openbaar" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verantwoording_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actie" TEXT NOT NULL,
    "entiteit" TEXT NOT NULL,
    "entiteitId" TEXT NOT NULL,
    "voor" JSONB,
    "na" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialeAgendaConcept" (
    "wijkId" TEXT NOT NULL,
    "inhoud" JSONB NOT NULL,
    "bijgewerktDoor" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialeAgendaConcept_pkey" PRIMARY KEY ("wijkId")
);

-- CreateTable
CREATE TABLE "SocialeAgendaVersie" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "versie" INTEGER NOT NULL,
    "inhoud" JSONB NOT NULL,
    "toelichting" TEXT NOT NULL DEFAULT '',
    "auteurId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SocialeAgendaVersie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signaal" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "soort" "SignaalSoort" NOT NULL,
    "tekst" TEXT NOT NULL,
    "email" TEXT,
    "status" "SignaalStatus" NOT NULL DEFAULT 'NIEUW',
    "themaId" TEXT,
    "reactie" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "afgehandeldOp" TIMESTAMP(3),

    CONSTRAINT "Signaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verhaal" (
    "id" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "plekId" TEXT,
    "initiatiefId" TEXT,
    "titel" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "auteurNaam" TEXT NOT NULL,
    "email" TEXT,
    "toestemming" BOOLEAN NOT NULL DEFAULT false,
    "status" "ModeratieStatus" NOT NULL DEFAULT 'INGEDIEND',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verhaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vrijwilliger" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "wijkId" TEXT,
    "interesses" TEXT[],
    "beschikbaarheid" TEXT NOT NULL DEFAULT '',
    "aanbod" TEXT NOT NULL DEFAULT '',
    "vindbaar" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vrijwilliger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacature" (
    "id" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "beschrijving" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "organisatieId" TEXT,
    "initiatiefId" TEXT,
    "soortWerk" TEXT NOT NULL,
    "tijdsbesteding" TEXT NOT NULL,
    "eenmalig" BOOLEAN NOT NULL DEFAULT false,
    "wanneer" TEXT NOT NULL DEFAULT '',
    "voorWie" TEXT NOT NULL DEFAULT '',
    "vogNodig" BOOLEAN NOT NULL DEFAULT false,
    "contactNaam" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "status" "PublicatieStatus" NOT NULL DEFAULT 'GEPUBLICEERD',
    "geplaatstDoor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vacature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacatureReactie" (
    "id" TEXT NOT NULL,
    "vacatureId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bericht" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VacatureReactie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hulpvraag" (
    "id" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "beschrijving" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "aanvragerId" TEXT NOT NULL,
    "status" "HulpvraagStatus" NOT NULL DEFAULT 'OPEN',
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hulpvraag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HulpAanbod" (
    "id" TEXT NOT NULL,
    "hulpvraagId" TEXT NOT NULL,
    "helperId" TEXT NOT NULL,
    "bericht" TEXT NOT NULL,
    "status" "AanbodStatus" NOT NULL DEFAULT 'AANGEBODEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HulpAanbod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" TEXT NOT NULL,
    "entiteit" TEXT NOT NULL,
    "entiteitId" TEXT NOT NULL,
    "reden" TEXT NOT NULL,
    "afgehandeld" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "sleutel" TEXT NOT NULL,
    "venster" TIMESTAMP(3) NOT NULL,
    "aantal" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("sleutel","venster")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OpbouwwerkerWijk_wijkId_idx" ON "OpbouwwerkerWijk"("wijkId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_slug_key" ON "Wijk"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_cbsCode_key" ON "Wijk"("cbsCode");

-- CreateIndex
CREATE UNIQUE INDEX "WijkCijfer_wijkId_indicator_jaar_key" ON "WijkCijfer"("wijkId", "indicator", "jaar");

-- CreateIndex
CREATE UNIQUE INDEX "Categorie_slug_key" ON "Categorie"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisatie_slug_key" ON "Organisatie"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Plek_slug_key" ON "Plek"("slug");

-- CreateIndex
CREATE INDEX "Plek_wijkId_idx" ON "Plek"("wijkId");

-- CreateIndex
CREATE INDEX "Plek_categorieId_idx" ON "Plek"("categorieId");

-- CreateIndex
CREATE INDEX "Plek_status_idx" ON "Plek"("status");

-- CreateIndex
CREATE INDEX "Plek_lat_lng_idx" ON "Plek"("lat", "lng");

-- CreateIndex
CREATE UNIQUE INDEX "Activiteit_slug_key" ON "Activiteit"("slug");

-- CreateIndex
CREATE INDEX "Activiteit_wijkId_idx" ON "Activiteit"("wijkId");

-- CreateIndex
CREATE INDEX "Activiteit_plekId_idx" ON "Activiteit"("plekId");

-- CreateIndex
CREATE INDEX "PlekSuggestie_status_wijkId_idx" ON "PlekSuggestie"("status", "wijkId");

-- CreateIndex
CREATE UNIQUE INDEX "Initiatief_referentie_key" ON "Initiatief"("referentie");

-- CreateIndex
CREATE UNIQUE INDEX "Initiatief_conceptSleutel_key" ON "Initiatief"("conceptSleutel");

-- CreateIndex
CREATE INDEX "Initiatief_status_idx" ON "Initiatief"("status");

-- CreateIndex
CREATE INDEX "Initiatief_wijkId_idx" ON "Initiatief"("wijkId");

-- CreateIndex
CREATE INDEX "Initiatief_indienerId_idx" ON "Initiatief"("indienerId");

-- CreateIndex
CREATE INDEX "Bericht_initiatiefId_idx" ON "Bericht"("initiatiefId");

-- CreateIndex
CREATE UNIQUE INDEX "Beoordeling_initiatiefId_key" ON "Beoordeling"("initiatiefId");

-- CreateIndex
CREATE UNIQUE INDEX "Verantwoording_initiatiefId_key" ON "Verantwoording"("initiatiefId");

-- CreateIndex
CREATE INDEX "AuditLog_entiteit_entiteitId_idx" ON "AuditLog"("entiteit", "entiteitId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialeAgendaVersie_wijkId_versie_key" ON "SocialeAgendaVersie"("wijkId", "versie");

-- CreateIndex
CREATE INDEX "Signaal_wijkId_status_idx" ON "Signaal"("wijkId", "status");

-- CreateIndex
CREATE INDEX "Verhaal_wijkId_status_idx" ON "Verhaal"("wijkId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Vrijwilliger_userId_key" ON "Vrijwilliger"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Vacature_slug_key" ON "Vacature"("slug");

-- CreateIndex
CREATE INDEX "Vacature_wijkId_status_idx" ON "Vacature"("wijkId", "status");

-- CreateIndex
CREATE INDEX "VacatureReactie_vacatureId_idx" ON "VacatureReactie"("vacatureId");

-- CreateIndex
CREATE INDEX "Hulpvraag_wijkId_status_verlooptOp_idx" ON "Hulpvraag"("wijkId", "status", "verlooptOp");

-- CreateIndex
CREATE UNIQUE INDEX "HulpAanbod_hulpvraagId_helperId_key" ON "HulpAanbod"("hulpvraagId", "helperId");

-- CreateIndex
CREATE INDEX "Melding_afgehandeld_idx" ON "Melding"("afgehandeld");

-- AddForeignKey
ALTER TABLE "OpbouwwerkerWijk" ADD CONSTRAINT "OpbouwwerkerWijk_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpbouwwerkerWijk" ADD CONSTRAINT "OpbouwwerkerWijk_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wijk" ADD CONSTRAINT "Wijk_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WijkCijfer" ADD CONSTRAINT "WijkCijfer_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisatie" ADD CONSTRAINT "Organisatie_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plek" ADD CONSTRAINT "Plek_categorieId_fkey" FOREIGN KEY ("categorieId") REFERENCES "Categorie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plek" ADD CONSTRAINT "Plek_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plek" ADD CONSTRAINT "Plek_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activiteit" ADD CONSTRAINT "Activiteit_plekId_fkey" FOREIGN KEY ("plekId") REFERENCES "Plek"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activiteit" ADD CONSTRAINT "Activiteit_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activiteit" ADD CONSTRAINT "Activiteit_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlekSuggestie" ADD CONSTRAINT "PlekSuggestie_plekId_fkey" FOREIGN KEY ("plekId") REFERENCES "Plek"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlekSuggestie" ADD CONSTRAINT "PlekSuggestie_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiatief" ADD CONSTRAINT "Initiatief_indienerId_fkey" FOREIGN KEY ("indienerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiatief" ADD CONSTRAINT "Initiatief_behandelaarId_fkey" FOREIGN KEY ("behandelaarId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiatief" ADD CONSTRAINT "Initiatief_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bericht" ADD CONSTRAINT "Bericht_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bericht" ADD CONSTRAINT "Bericht_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beoordeling" ADD CONSTRAINT "Beoordeling_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goedkeuring" ADD CONSTRAINT "Goedkeuring_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goedkeuring" ADD CONSTRAINT "Goedkeuring_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verantwoording" ADD CONSTRAINT "Verantwoording_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialeAgendaConcept" ADD CONSTRAINT "SocialeAgendaConcept_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialeAgendaVersie" ADD CONSTRAINT "SocialeAgendaVersie_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialeAgendaVersie" ADD CONSTRAINT "SocialeAgendaVersie_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signaal" ADD CONSTRAINT "Signaal_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verhaal" ADD CONSTRAINT "Verhaal_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verhaal" ADD CONSTRAINT "Verhaal_plekId_fkey" FOREIGN KEY ("plekId") REFERENCES "Plek"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verhaal" ADD CONSTRAINT "Verhaal_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vrijwilliger" ADD CONSTRAINT "Vrijwilliger_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vrijwilliger" ADD CONSTRAINT "Vrijwilliger_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacature" ADD CONSTRAINT "Vacature_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacature" ADD CONSTRAINT "Vacature_organisatieId_fkey" FOREIGN KEY ("organisatieId") REFERENCES "Organisatie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacature" ADD CONSTRAINT "Vacature_initiatiefId_fkey" FOREIGN KEY ("initiatiefId") REFERENCES "Initiatief"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacatureReactie" ADD CONSTRAINT "VacatureReactie_vacatureId_fkey" FOREIGN KEY ("vacatureId") REFERENCES "Vacature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacatureReactie" ADD CONSTRAINT "VacatureReactie_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hulpvraag" ADD CONSTRAINT "Hulpvraag_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hulpvraag" ADD CONSTRAINT "Hulpvraag_aanvragerId_fkey" FOREIGN KEY ("aanvragerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HulpAanbod" ADD CONSTRAINT "HulpAanbod_hulpvraagId_fkey" FOREIGN KEY ("hulpvraagId") REFERENCES "Hulpvraag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HulpAanbod" ADD CONSTRAINT "HulpAanbod_helperId_fkey" FOREIGN KEY ("helperId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (Dutch stemming) for the sociale kaart: expression indexes that Prisma does not model (no semicolons in comments: the statement splitter does not skip them).
CREATE INDEX "Plek_zoek_idx" ON "Plek" USING GIN (to_tsvector('dutch'::regconfig, "naam" || ' ' || "beschrijving"));
CREATE INDEX "Activiteit_zoek_idx" ON "Activiteit" USING GIN (to_tsvector('dutch'::regconfig, "titel" || ' ' || "beschrijving"));

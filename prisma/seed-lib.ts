/**
 * Idempotent seed. Reference data (the default categories) always; the Heusden demo wijken, demo
 * content and demo accounts with known passwords only when APP_ENV is not 'production' (a real gemeente
 * reads its own wijken on /beheer/gebieden). Running it twice changes nothing.
 */
import type { Db } from "../lib/db.ts";
import { slugify } from "../lib/slug.ts";
import { writeAudit, type AuditActie } from "../lib/audit.ts";
import { hashPassword } from "../lib/auth/login.ts";
import { buildPlek, ensureCategorieen, rng } from "../tests/factories.ts";
import { seedWijkDemo } from "./seed-wijken.ts";
import { encryptTotpSecret, secondFactorRequired } from "../lib/auth/totp-kern.ts";
import { DEMO_ACCOUNTS, DEMO_INSTELLINGEN, DEMO_INWONER, DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD, WIJKEN } from "./demo-data.ts";
import { seedVrijwilligers } from "./demo-vrijwilligers.ts";
import type { Doel, InitiatiefStatus } from "../lib/generated/prisma/enums.ts";

/** The default categories; with `demoWijken` also the 19 Heusden demo wijken (demo and tests only). */
export async function seedReference(db: Db, { demoWijken = true }: { demoWijken?: boolean } = {}) {
  const categorieen = await ensureCategorieen(db);
  if (!demoWijken) return { categorieen };
  for (const w of WIJKEN) {
    const slug = slugify(w.naam);
    await db.wijk.upsert({
      where: { slug },
      create: { naam: w.naam, slug, soort: w.soort, lat: w.lat, lng: w.lng, portret: w.portret },
      update: {},
    });
  }
  return { categorieen };
}

const EXTRA_PER_WIJK: string[][] = [
  ["bibliotheek", "koffiecorner", "welzijn", "mantelzorg", "bankje"], // Centrum-Drunen
  ["park"], ["sportveldje"], ["park", "bankje"], ["sportkantine"],
  ["bibliotheek", "welzijn", "koffiecorner"], // Vlijmen-Dorp
  ["koffiecorner"], ["park"], ["jongerencentrum", "sportkantine"], ["park"],
  ["dorpskroeg"], ["sportveldje"], ["dorpskroeg"], ["koffiecorner", "bankje"], [], [], [], [], [],
];

const ACTIVITEITEN = [
  { titel: "Koffieochtend", herhaling: "Elke dinsdag van 10.00 tot 12.00 uur", beschrijving: "Gezellig samen koffie drinken en bijpraten. Gratis.", doelgroepen: ["IEDEREEN", "OUDEREN"] },
  { titel: "Repair Café", herhaling: "Elke eerste zaterdag van de maand, 13.00 tot 16.00 uur", beschrijving: "Samen kapotte spullen repareren met hulp van handige vrijwilligers.", doelgroepen: ["IEDEREEN"] },
  { titel: "Samen eten", herhaling: "Elke donderdag om 17.30 uur", beschrijving: "Een warme maaltijd met buurtgenoten voor € 5. Aanmelden tot woensdag.", doelgroepen: ["OUDEREN", "IEDEREEN"] },
  { titel: "Taalcafé", herhaling: "Elke woensdag van 19.00 tot 20.30 uur", beschrijving: "Oefen Nederlands praten in een ontspannen sfeer.", doelgroepen: ["IEDEREEN"] },
  { titel: "Mantelzorgcafé", herhaling: "Elke derde maandag van de maand, 14.00 uur", beschrijving: "Ontmoet andere mantelzorgers en deel ervaringen.", doelgroepen: ["MANTELZORGERS"] },
  { titel: "Jeu de boules", herhaling: "Elke vrijdag van 14.00 tot 16.00 uur", beschrijving: "Spelen op de baan naast het buurthuis. Ballen zijn er.", doelgroepen: ["OUDEREN"] },
] as const;

interface DemoInitiatief {
  referentie: string;
  titel: string;
  wijk: string;
  status: InitiatiefStatus;
  ikWil: string;
  ikKan: string;
  voorWie: string;
  bedragGevraagd: number | null;
  bedragToegekend?: number;
  doelen: Doel[];
  openbaar: boolean;
  dagenGeleden: number;
}

const INITIATIEVEN: DemoInitiatief[] = [
  { referentie: "INI-2026-0001", titel: "Buurtmoestuin Venne-Oost", wijk: "Venne-Oost", status: "GOEDGEKEURD", ikWil: "Een moestuin op het grasveld achter de flat, waar buren samen groenten kweken.", ikKan: "Met tien buren doen we het onderhoud. Een hovenier uit de buurt geeft advies.", voorWie: "Alle buren, vooral ouderen en gezinnen met kinderen.", bedragGevraagd: 450, bedragToegekend: 450, doelen: ["ONTMOETING", "OMZIEN"], openbaar: true, dagenGeleden: 60 },
  { referentie: "INI-2026-0002", titel: "Wandelgroep Vijfhoeven", wijk: "Vijfhoeven", status: "IN_BEHANDELING", ikWil: "Elke week samen wandelen door de wijk, met koffie na afloop.", ikKan: "Ik loop voorop en zorg voor de route.", voorWie: "Ouderen die alleen wonen.", bedragGevraagd: 150, doelen: ["ONTMOETING", "POSITIEVE_GEZONDHEID"], openbaar: false, dagenGeleden: 12 },
  { referentie: "INI-2026-0003", titel: "Straatfeest Vesting", wijk: "Vesting Heusden", status: "INGEDIEND", ikWil: "Een straatfeest om nieuwe bewoners te leren kennen.", ikKan: "Vijf buren organiseren het; de muziekvereniging speelt.", voorWie: "Alle bewoners van de vesting.", bedragGevraagd: 1200, doelen: ["ONTMOETING", "INFORMEEL_NETWERK"], openbaar: false, dagenGeleden: 3 },
  { referentie: "INI-2026-0004", titel: "Huiswerkhulp in de bibliotheek", wijk: "Centrum-Drunen", status: "AANVULLING_GEVRAAGD", ikWil: "Studenten helpen kinderen met huiswerk, twee middagen per week.", ikKan: "Zes studenten hebben zich al aangemeld.", voorWie: "Kinderen van 10 tot 14 jaar.", bedragGevraagd: 300, doelen: ["INFORMEEL_NETWERK", "OMZIEN"], openbaar: false, dagenGeleden: 20 },
  { referentie: "INI-2026-0005", titel: "Jeu-de-boulesbaan Elshout", wijk: "Elshout", status: "AFGEWEZEN", ikWil: "Een nieuwe jeu-de-boulesbaan bij het dorpshuis.", ikKan: "De club legt de baan zelf aan.", voorWie: "Leden van de club.", bedragGevraagd: 4500, doelen: ["ONTMOETING"], openbaar: false, dagenGeleden: 40 },
];

/** Demo figures for the wijkprofiel; 'demo: true' marks them as invented, not real monitor data. */
function demoCijfers(rand: () => number) {
  const basis = 6.6 + rand() * 1.2;
  return [
    { indicator: "Sociale kracht (rapportcijfer)", jaar: 2022, waarde: Math.round(basis * 10) / 10, eenheid: "cijfer" },
    { indicator: "Sociale kracht (rapportcijfer)", jaar: 2024, waarde: Math.round((basis + (rand() - 0.4) * 0.6) * 10) / 10, eenheid: "cijfer" },
    { indicator: "Voelt zich vaak eenzaam", jaar: 2022, waarde: Math.round(6 + rand() * 14), eenheid: "%" },
    { indicator: "Voelt zich vaak eenzaam", jaar: 2024, waarde: Math.round(6 + rand() * 14), eenheid: "%" },
    { indicator: "Doet vrijwilligerswerk", jaar: 2024, waarde: Math.round(28 + rand() * 16), eenheid: "%" },
  ];
}

export async function seedDemo(db: Db) {
  const { categorieen } = await seedReference(db);
  const catBySlug = new Map(categorieen.map((c) => [c.slug, c]));
  const wijken = await db.wijk.findMany({ where: { slug: { in: WIJKEN.map((w) => slugify(w.naam)) } } });
  const wijkByNaam = new Map(wijken.map((w) => [w.naam, w]));

  // Demo gemeente settings (a real gemeente sets its own on /beheer/instellingen); never overwritten.
  await db.instellingen.upsert({ where: { id: "gemeente" }, create: { id: "gemeente", ...DEMO_INSTELLINGEN }, update: {} });

  // Accounts
  const hash = await hashPassword(DEMO_WACHTWOORD);
  for (const a of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: a.email },
      create: { email: a.email, naam: a.naam, rol: a.rol, passwordHash: hash, emailVerified: new Date(), demo: true },
      update: { demo: true },
    });
    if (secondFactorRequired(a.rol)) {
      // Demo only: a known TOTP secret (README), so the second sign-in step can be tried.
      await db.user.updateMany({
        where: { id: user.id, totpActiefSinds: null },
        data: { totpGeheim: encryptTotpSecret(DEMO_TOTP_GEHEIM), totpActiefSinds: new Date() },
      });
    }
    for (const naam of a.wijken) {
      const wijk = wijkByNaam.get(naam);
      if (wijk) {
        await db.opbouwwerkerWijk.upsert({
          where: { userId_wijkId: { userId: user.id, wijkId: wijk.id } },
          create: { userId: user.id, wijkId: wijk.id },
          update: {},
        });
      }
    }
  }
  const inwoner = await db.user.upsert({
    where: { email: DEMO_INWONER.email },
    create: { email: DEMO_INWONER.email, naam: DEMO_INWONER.naam, rol: "INWONER", emailVerified: new Date(), demo: true },
    update: { demo: true },
  });

  // Places: per wijk a buurthuis/dorpshuis and a speeltuin, plus extras.
  const rand = rng(2026);
  let nr = 0;
  const buurthuizen: { id: string; wijkId: string }[] = [];
  for (const [i, w] of WIJKEN.entries()) {
    const wijk = wijkByNaam.get(w.naam)!;
    for (const slug of ["buurthuis", "speeltuin", ...(EXTRA_PER_WIJK[i] ?? [])]) {
      nr += 1;
      const cat = catBySlug.get(slug)!;
      const data = buildPlek(rand, { ...wijk, kern: w.kern }, cat, nr);
      const plek = await db.plek.upsert({
        where: { slug: data.slug },
        create: { ...data, openingstijden: data.openingstijden ?? undefined },
        update: {},
      });
      if (slug === "buurthuis") buurthuizen.push({ id: plek.id, wijkId: wijk.id });
    }
  }

  // Activities at buurthuizen
  for (const [i, b] of buurthuizen.entries()) {
    const a = ACTIVITEITEN[i % ACTIVITEITEN.length];
    const wijk = wijken.find((w) => w.id === b.wijkId)!;
    const slug = slugify(`${a.titel} ${wijk.naam}`);
    await db.activiteit.upsert({
      where: { slug },
      create: { titel: a.titel, slug, beschrijving: a.beschrijving, herhaling: a.herhaling, plekId: b.id, wijkId: b.wijkId, doelgroepen: [...a.doelgroepen], kosten: a.titel === "Samen eten" ? "€ 5" : "Gratis" },
      update: {},
    });
  }

  // Wijk figures (clearly marked demo values)
  const fig = rng(7);
  for (const w of wijken) {
    for (const c of demoCijfers(fig)) {
      await db.wijkCijfer.upsert({
        where: { wijkId_indicator_jaar: { wijkId: w.id, indicator: c.indicator, jaar: c.jaar } },
        create: { wijkId: w.id, ...c, bron: "Demowaarde (geen echte meting)", demo: true },
        update: {},
      });
    }
  }

  // Initiatives in several states, each with its audit trail
  const ambtenaar = await db.user.findUniqueOrThrow({ where: { email: "ambtenaar@heusden.example" } });
  for (const ini of INITIATIEVEN) {
    const exists = await db.initiatief.findUnique({ where: { referentie: ini.referentie }, select: { id: true } });
    if (exists) continue;
    const ingediendOp = new Date(Date.now() - ini.dagenGeleden * 86_400_000);
    const besloten = ["GOEDGEKEURD", "AFGEWEZEN"].includes(ini.status);
    await db.$transaction(async (tx) => {
      const created = await tx.initiatief.create({
        data: {
          referentie: ini.referentie,
          status: ini.status,
          titel: ini.titel,
          ikWil: ini.ikWil,
          ikKan: ini.ikKan,
          voorWie: ini.voorWie,
          wijkId: wijkByNaam.get(ini.wijk)!.id,
          nodigGeld: ini.bedragGevraagd !== null,
          bedragGevraagd: ini.bedragGevraagd,
          begroting: ini.bedragGevraagd ? [{ post: "Materiaal en kosten", bedrag: ini.bedragGevraagd }] : undefined,
          doelen: ini.doelen,
          openbaar: ini.openbaar,
          contactNaam: DEMO_INWONER.naam,
          contactEmail: DEMO_INWONER.email,
          indienerId: inwoner.id,
          behandelaarId: ini.status === "INGEDIEND" ? null : ambtenaar.id,
          ingediendOp,
          bedragToegekend: ini.bedragToegekend ?? null,
          besluitReden: ini.status === "AFGEWEZEN" ? "Deze baan is vooral voor leden van de club. Een initiatief uit de sociale basis is voor iedereen toegankelijk." : null,
          besluitOp: besloten ? new Date(ingediendOp.getTime() + 10 * 86_400_000) : null,
        },
      });
      const steps: [AuditActie, string | null, string][] = [["initiatief.ingediend", "CONCEPT", "INGEDIEND"]];
      if (ini.status !== "INGEDIEND") steps.push(["initiatief.in_behandeling_genomen", "INGEDIEND", "IN_BEHANDELING"]);
      if (ini.status !== "INGEDIEND" && ini.status !== "IN_BEHANDELING") steps.push(["initiatief.status_gewijzigd", "IN_BEHANDELING", ini.status]);
      for (const [actie, van, naar] of steps) {
        await writeAudit(tx, {
          actorId: actie === "initiatief.ingediend" ? inwoner.id : ambtenaar.id,
          actie,
          entiteit: "Initiatief",
          entiteitId: created.id,
          voor: { status: van },
          na: { status: naar },
          createdAt: ingediendOp,
        });
      }
      if (ini.status === "AANVULLING_GEVRAAGD") {
        await tx.bericht.create({ data: { initiatiefId: created.id, auteurId: ambtenaar.id, vanGemeente: true, tekst: "Welke dagen en tijden heeft u in gedachten? En is de bibliotheek al akkoord met het gebruik van de ruimte?" } });
      }
    });
  }
  // Vrijwilligers en burenhulp: organisaties, vacatures en hulpvragen
  await seedVrijwilligers(db, inwoner.id);

  const year = 2026;
  const max = INITIATIEVEN.length;
  await db.$executeRaw`INSERT INTO "Referentieteller" ("soort", "jaar", "laatste") VALUES ('INI', ${year}, ${max})
    ON CONFLICT ("soort", "jaar") DO UPDATE SET "laatste" = GREATEST("Referentieteller"."laatste", ${max})`;

  await seedWijkDemo(db);
}

export async function seedCounts(db: Db) {
  const [wijken, plekken, activiteiten, initiatieven, users, cijfers, audit, categorieen] = await Promise.all([
    db.wijk.count(), db.plek.count(), db.activiteit.count(), db.initiatief.count(), db.user.count(), db.wijkCijfer.count(), db.auditLog.count(), db.categorie.count(),
  ]);
  return { wijken, plekken, activiteiten, initiatieven, users, cijfers, audit, categorieen };
}

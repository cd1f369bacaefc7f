/**
 * Demo content for 'Heusden voor Elkaar' (seed 001: aanmelden als vrijwilliger, hulpvragen, burenhulp):
 * a few organisations with vacatures, and open hulpvragen of the demo resident. Idempotent.
 * Organisation names are invented; contact addresses use .example domains.
 */
import type { Db } from "../lib/db.ts";
import { slugify } from "../lib/slug.ts";

const ORGANISATIES = [
  { naam: "Stichting Welzijn Heusden", wijk: "Centrum-Drunen", beschrijving: "Welzijnswerk, ouderenadvies en vrijwilligerscentrale." },
  { naam: "Voedselbank Heusden", wijk: "Vlijmen-Dorp", beschrijving: "Wekelijkse voedselpakketten voor huishoudens die het even niet redden." },
  { naam: "Dorpshuis Elshout", wijk: "Elshout", beschrijving: "Het dorpshuis van Elshout, gerund door vrijwilligers." },
  { naam: "Repair Café Vesting", wijk: "Vesting Heusden", beschrijving: "Samen spullen repareren in plaats van weggooien." },
];

const VACATURES = [
  { titel: "Gastvrouw of gastheer koffieochtend", org: "Stichting Welzijn Heusden", wijk: "Centrum-Drunen", soortWerk: "ontmoeting", tijdsbesteding: "tot-2-uur", eenmalig: false, wanneer: "Elke dinsdag van 9.45 tot 12.15 uur", voorWie: "Ouderen uit Drunen die graag mensen ontmoeten", vogNodig: false, beschrijving: "U zet koffie en thee klaar, ontvangt de gasten en maakt een praatje. Zo helpt u mee tegen eenzaamheid in de wijk." },
  { titel: "Chauffeur voor de Automaatje-ritten", org: "Stichting Welzijn Heusden", wijk: "Vijfhoeven", soortWerk: "vervoer", tijdsbesteding: "af-en-toe", eenmalig: false, wanneer: "Wanneer het u uitkomt, overdag", voorWie: "Inwoners die minder goed ter been zijn", vogNodig: true, beschrijving: "Met uw eigen auto brengt u een buurtgenoot naar de huisarts, het ziekenhuis of op visite. U krijgt een kilometervergoeding." },
  { titel: "Inpakker voedselpakketten", org: "Voedselbank Heusden", wijk: "Vlijmen-Dorp", soortWerk: "organisatie", tijdsbesteding: "2-tot-4-uur", eenmalig: false, wanneer: "Elke donderdagochtend", voorWie: "Huishoudens in de hele gemeente", vogNodig: false, beschrijving: "Samen met een vast team pakt u de wekelijkse voedselpakketten in. Gezellig en hard nodig." },
  { titel: "Hulp bij de dorpsdag", org: "Dorpshuis Elshout", wijk: "Elshout", soortWerk: "evenementen", tijdsbesteding: "meer-dan-4-uur", eenmalig: true, wanneer: "Zaterdag 12 september, de hele dag", voorWie: "Alle inwoners van Elshout", vogNodig: false, beschrijving: "Opbouwen, bar, spelletjes voor de kinderen of opruimen: voor elke hulp is plek. Kies zelf wat u leuk vindt." },
  { titel: "Reparateur fietsen en kleine apparaten", org: "Repair Café Vesting", wijk: "Vesting Heusden", soortWerk: "klussen", tijdsbesteding: "tot-2-uur", eenmalig: false, wanneer: "Elke eerste zaterdag van de maand, 13.00 tot 16.00 uur", voorWie: "Iedereen met iets kapots", vogNodig: false, beschrijving: "Bent u handig met een schroevendraaier of soldeerbout? Help bezoekers hun spullen te repareren en leer ze hoe het zelf kan." },
  { titel: "Voorlezen op de basisschool", org: "Stichting Welzijn Heusden", wijk: "Geerpark", soortWerk: "jeugd", tijdsbesteding: "tot-2-uur", eenmalig: false, wanneer: "Woensdagochtend, 30 minuten per groep", voorWie: "Kinderen van 4 tot 8 jaar", vogNodig: true, beschrijving: "U leest voor aan kleine groepjes kinderen. Zo raken ze vertrouwd met taal en boeken." },
];

const HULPVRAGEN = [
  { soort: "boodschappen", titel: "Wie kan wekelijks boodschappen meenemen?", wijk: "Venne-Oost", beschrijving: "Sinds mijn heupoperatie kan ik even niet fietsen. Wie kan de komende weken op vrijdag een paar boodschappen van de supermarkt meenemen?" },
  { soort: "computer", titel: "Hulp bij videobellen met de kleinkinderen", wijk: "Venne-Oost", beschrijving: "Ik heb een nieuwe tablet, maar het videobellen lukt nog niet. Wie wil een uurtje langskomen om het samen te proberen?" },
];

export async function seedVrijwilligers(db: Db, inwonerId: string) {
  const wijken = new Map((await db.wijk.findMany({ select: { id: true, naam: true } })).map((w) => [w.naam, w.id]));
  const orgIds = new Map<string, string>();
  for (const o of ORGANISATIES) {
    const slug = slugify(o.naam);
    const org = await db.organisatie.upsert({
      where: { slug },
      create: { naam: o.naam, slug, beschrijving: o.beschrijving, email: `info@${slug}.example`, wijkId: wijken.get(o.wijk) ?? null },
      update: {},
    });
    orgIds.set(o.naam, org.id);
  }
  for (const v of VACATURES) {
    const slug = slugify(`${v.titel} ${v.wijk}`);
    const wijkId = wijken.get(v.wijk);
    if (!wijkId) continue;
    await db.vacature.upsert({
      where: { slug },
      create: {
        slug,
        titel: v.titel,
        beschrijving: v.beschrijving,
        wijkId,
        organisatieId: orgIds.get(v.org),
        soortWerk: v.soortWerk,
        tijdsbesteding: v.tijdsbesteding,
        eenmalig: v.eenmalig,
        wanneer: v.wanneer,
        voorWie: v.voorWie,
        vogNodig: v.vogNodig,
        contactNaam: "Coördinator vrijwilligers",
        contactEmail: `vrijwilligers@${slugify(v.org)}.example`,
      },
      update: {},
    });
  }
  for (const h of HULPVRAGEN) {
    const wijkId = wijken.get(h.wijk);
    if (!wijkId) continue;
    const exists = await db.hulpvraag.count({ where: { aanvragerId: inwonerId, titel: h.titel } });
    if (exists) continue;
    await db.hulpvraag.create({ data: { ...h, wijk: undefined, wijkId, aanvragerId: inwonerId, verlooptOp: new Date(Date.now() + 30 * 86_400_000) } });
  }
}

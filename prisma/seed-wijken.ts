/**
 * Demo content for the wijk pages (idempotent): a published sociale agenda for two wijken, wijk- en dorpsraden,
 * a few moderated stories and signals. Real figures from the seeds are quoted with their source elsewhere;
 * everything here is invented demo content.
 */
import type { Db } from "../lib/db.ts";
import type { AgendaInhoud } from "../lib/agenda.ts";

const AGENDAS: { wijk: string; auteur: string; toelichting: string; inhoud: AgendaInhoud }[] = [
  {
    wijk: "centrum-drunen",
    auteur: "opbouwwerker.drunen@heusden.example",
    toelichting: "Eerste agenda, opgesteld na de bewonersavond in de bibliotheek.",
    inhoud: {
      themas: [
        {
          id: "0c8a2f3e-1d6b-4f0e-9a51-3c1f00000001",
          titel: "Eenzaamheid onder ouderen",
          beschrijving: "Veel ouderen in de appartementen rond de markt wonen alleen en komen weinig buiten.",
          perspectiefInwoners: "Er is genoeg te doen, maar je moet het wel weten. En alleen gaan is een drempel.",
          perspectiefProfessionals: "De wijkverpleging en de huisarts zien dat eenzaamheid vaak pas laat opvalt.",
          cijfers: ["Voelt zich vaak eenzaam"],
          acties: [
            { id: "0c8a2f3e-1d6b-4f0e-9a51-3c1f00000011", wat: "Koffieochtend in de bibliotheek, met een maatje dat ophaalt", wie: "Bibliotheek en vrijwilligers van de zonnebloem", status: "LOOPT", wanneer: "Elke dinsdag" },
            { id: "0c8a2f3e-1d6b-4f0e-9a51-3c1f00000012", wat: "Huisbezoeken aan 75-plussers die alleen wonen", wie: "Opbouwwerk met vrijwilligers", status: "IDEE", wanneer: "Najaar" },
          ],
        },
        {
          id: "0c8a2f3e-1d6b-4f0e-9a51-3c1f00000002",
          titel: "Ontmoeten op de markt",
          beschrijving: "Het marktplein is mooi, maar er is weinig plek om te zitten en elkaar te ontmoeten.",
          perspectiefInwoners: "Meer bankjes en een plek in de schaduw.",
          perspectiefProfessionals: "",
          cijfers: [],
          acties: [{ id: "0c8a2f3e-1d6b-4f0e-9a51-3c1f00000021", wat: "Bankjes bij de markt, samen met de ondernemers", wie: "Centrummanagement en bewoners", status: "KLAAR", wanneer: "Voorjaar" }],
        },
      ],
    },
  },
  {
    wijk: "vesting-heusden",
    auteur: "opbouwwerker.heusden@heusden.example",
    toelichting: "Agenda van de Vesting, samen met de wijkraad.",
    inhoud: {
      themas: [
        {
          id: "5b2e7d10-8c3a-4e61-b0f2-7a2d00000001",
          titel: "Voorzieningen voor ouderen in de Vesting",
          beschrijving: "De Vesting trekt veel toeristen, maar voor ouderen zijn er weinig voorzieningen dichtbij.",
          perspectiefInwoners: "De bus rijdt weinig en de supermarkt is buiten de Vesting.",
          perspectiefProfessionals: "Samenwerken met de ondernemers kan helpen: een boodschappendienst.",
          cijfers: ["Sociale kracht (rapportcijfer)"],
          acties: [{ id: "5b2e7d10-8c3a-4e61-b0f2-7a2d00000011", wat: "Boodschappendienst met vrijwilligers", wie: "Wijkraad en Heusden voor Elkaar", status: "LOOPT", wanneer: "Sinds maart" }],
        },
      ],
    },
  },
];

const RADEN: Record<string, { naam: string; email: string }> = {
  "centrum-drunen": { naam: "Wijkraad Drunen-Centrum", email: "wijkraad.drunencentrum@heusden.example" },
  "vesting-heusden": { naam: "Wijkraad Vesting Heusden", email: "wijkraad.vesting@heusden.example" },
  elshout: { naam: "Dorpsraad Elshout", email: "dorpsraad.elshout@heusden.example" },
  haarsteeg: { naam: "Dorpsraad Haarsteeg", email: "dorpsraad.haarsteeg@heusden.example" },
};

const VERHALEN = [
  { wijk: "centrum-drunen", titel: "Elke dinsdag koffie", tekst: "Sinds mijn man overleed kwam ik weinig buiten. Nu ga ik elke dinsdag naar de koffieochtend in de bibliotheek. Ik ken nu de halve straat.", auteurNaam: "Riet (81)" },
  { wijk: "vesting-heusden", titel: "Boodschappen met de buurman", tekst: "Mijn buurman rijdt op vrijdag naar de supermarkt en neemt mijn lijstje mee. Daarna drinken we samen koffie. Zo simpel kan het zijn.", auteurNaam: "Een bewoner van de Vesting" },
];

export async function seedWijkDemo(db: Db) {
  for (const [slug, raad] of Object.entries(RADEN)) {
    await db.wijk.updateMany({ where: { slug, wijkraadNaam: null }, data: { wijkraadNaam: raad.naam, wijkraadEmail: raad.email } });
  }
  for (const a of AGENDAS) {
    const wijk = await db.wijk.findUnique({ where: { slug: a.wijk }, select: { id: true } });
    const auteur = await db.user.findUnique({ where: { email: a.auteur }, select: { id: true } });
    if (!wijk || (await db.socialeAgendaVersie.count({ where: { wijkId: wijk.id } }))) continue;
    await db.socialeAgendaVersie.create({ data: { wijkId: wijk.id, versie: 1, inhoud: a.inhoud as object, toelichting: a.toelichting, auteurId: auteur?.id ?? null } });
    await db.socialeAgendaConcept.upsert({ where: { wijkId: wijk.id }, create: { wijkId: wijk.id, inhoud: a.inhoud as object }, update: {} });
  }
  for (const v of VERHALEN) {
    const wijk = await db.wijk.findUnique({ where: { slug: v.wijk }, select: { id: true } });
    if (!wijk || (await db.verhaal.count({ where: { wijkId: wijk.id, titel: v.titel } }))) continue;
    await db.verhaal.create({ data: { wijkId: wijk.id, titel: v.titel, tekst: v.tekst, auteurNaam: v.auteurNaam, toestemming: true, status: "GEPUBLICEERD" } });
  }
  const centrum = await db.wijk.findUnique({ where: { slug: "centrum-drunen" }, select: { id: true } });
  if (centrum && !(await db.signaal.count({ where: { wijkId: centrum.id } }))) {
    await db.signaal.create({ data: { wijkId: centrum.id, soort: "WENS", tekst: "Een plek waar jongeren 's avonds mogen zijn zonder dat het overlast geeft." } });
  }
}

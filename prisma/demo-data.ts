/**
 * Demo content for one demo municipality: Heusden. The 19 wijken are Heusden's own (Beleidsvisie
 * sociale basis, uitgangspunt 6); centroids are approximate. Place names are invented but typical.
 */
export const GEMEENTE = "Heusden";

export const WIJKEN: { naam: string; soort: "WIJK" | "DORP" | "KERN"; lat: number; lng: number; kern: string; portret: string }[] = [
  { naam: "Centrum-Drunen", soort: "WIJK", lat: 51.6865, lng: 5.133, kern: "Drunen", portret: "Het hart van Drunen, met de markt, winkels en de bibliotheek. Veel ouderen wonen hier in appartementen." },
  { naam: "Braken-Oost", soort: "WIJK", lat: 51.68, lng: 5.146, kern: "Drunen", portret: "Een groene gezinswijk uit de jaren '80 met veel speelplekken." },
  { naam: "Braken-West", soort: "WIJK", lat: 51.679, lng: 5.123, kern: "Drunen", portret: "Rustige woonwijk met een actieve buurtvereniging." },
  { naam: "Venne-Oost", soort: "WIJK", lat: 51.693, lng: 5.145, kern: "Drunen", portret: "Jonge wijk met veel gezinnen en een groot park." },
  { naam: "Venne-West", soort: "WIJK", lat: 51.6935, lng: 5.124, kern: "Drunen", portret: "Wijk met een mix van koop- en huurwoningen en een sterk verenigingsleven." },
  { naam: "Vlijmen-Dorp", soort: "WIJK", lat: 51.696, lng: 5.215, kern: "Vlijmen", portret: "Het oude centrum van Vlijmen rond de kerk en de Mr. van Coothstraat." },
  { naam: "Vijfhoeven", soort: "WIJK", lat: 51.69, lng: 5.225, kern: "Vlijmen", portret: "Woonwijk met een wijkcentrum en veel ouderen die graag in de wijk blijven wonen." },
  { naam: "Geerpark", soort: "WIJK", lat: 51.7, lng: 5.225, kern: "Vlijmen", portret: "Nieuwe wijk in opbouw: veel nieuwe bewoners die elkaar nog moeten leren kennen." },
  { naam: "De Grassen", soort: "WIJK", lat: 51.688, lng: 5.205, kern: "Vlijmen", portret: "Wijk met veel sportvoorzieningen en een jongerenontmoetingsplek." },
  { naam: "Vliedberg", soort: "WIJK", lat: 51.701, lng: 5.208, kern: "Vlijmen", portret: "Groene wijk aan de rand van Vlijmen, vernoemd naar de oude vliedberg." },
  { naam: "Elshout", soort: "DORP", lat: 51.701, lng: 5.143, kern: "Elshout", portret: "Dorp met een hechte gemeenschap, een dorpshuis en veel vrijwilligers." },
  { naam: "Nieuwkuijk", soort: "DORP", lat: 51.69, lng: 5.184, kern: "Nieuwkuijk", portret: "Dorp tussen Drunen en Vlijmen met een eigen dorpsraad." },
  { naam: "Haarsteeg", soort: "DORP", lat: 51.712, lng: 5.195, kern: "Haarsteeg", portret: "Dorp met een actief verenigingsleven rond de kerk en het gemeenschapshuis." },
  { naam: "Vesting Heusden", soort: "KERN", lat: 51.733, lng: 5.139, kern: "Heusden", portret: "Historische vestingstad aan de Maas, met veel toerisme en weinig voorzieningen voor ouderen." },
  { naam: "Oudheusden", soort: "DORP", lat: 51.724, lng: 5.142, kern: "Oudheusden", portret: "Dorp met een gemeenschapshuis en een jaarlijkse dorpsdag." },
  { naam: "Herpt", soort: "DORP", lat: 51.727, lng: 5.18, kern: "Herpt", portret: "Klein dorp waar de buren elkaar kennen en helpen." },
  { naam: "Hedikhuizen", soort: "DORP", lat: 51.738, lng: 5.165, kern: "Hedikhuizen", portret: "Klein dorp aan de Maas. Voor de meeste voorzieningen rijden inwoners naar Heusden of Vlijmen." },
  { naam: "Heesbeen", soort: "DORP", lat: 51.734, lng: 5.157, kern: "Heesbeen", portret: "Klein dorp met een dorpshuis dat door vrijwilligers wordt gerund." },
  { naam: "Doeveren", soort: "DORP", lat: 51.739, lng: 5.103, kern: "Doeveren", portret: "Het kleinste dorp van de gemeente, met een eigen buurtvereniging." },
];

/** Categories follow Oss 4.2.1: publieke en openbare ontmoetingsplekken, plus voorzieningen. */
export const CATEGORIEEN = [
  { slug: "buurthuis", naam: "Buurthuis of dorpshuis", soort: "ONTMOETINGSPLEK", groep: "publiek", kleur: "#154273", icoon: "B" },
  { slug: "koffiecorner", naam: "Koffiecorner", soort: "ONTMOETINGSPLEK", groep: "publiek", kleur: "#6b3a10", icoon: "K" },
  { slug: "bibliotheek", naam: "Bibliotheek", soort: "ONTMOETINGSPLEK", groep: "publiek", kleur: "#5b2a86", icoon: "L" },
  { slug: "sportkantine", naam: "Sportkantine", soort: "ONTMOETINGSPLEK", groep: "publiek", kleur: "#1b6b34", icoon: "S" },
  { slug: "dorpskroeg", naam: "Dorpskroeg of buurtwinkel", soort: "ONTMOETINGSPLEK", groep: "publiek", kleur: "#8a1c3a", icoon: "D" },
  { slug: "speeltuin", naam: "Speeltuin", soort: "ONTMOETINGSPLEK", groep: "openbaar", kleur: "#a14a00", icoon: "P" },
  { slug: "park", naam: "Park of groene plek", soort: "ONTMOETINGSPLEK", groep: "openbaar", kleur: "#2f6b1f", icoon: "G" },
  { slug: "sportveldje", naam: "Sportveldje", soort: "ONTMOETINGSPLEK", groep: "openbaar", kleur: "#0f6a6a", icoon: "V" },
  { slug: "bankje", naam: "Ontmoetingsbankje", soort: "ONTMOETINGSPLEK", groep: "openbaar", kleur: "#555555", icoon: "Z" },
  { slug: "welzijn", naam: "Welzijn en informatie", soort: "VOORZIENING", groep: null, kleur: "#9c1f5e", icoon: "i" },
  { slug: "mantelzorg", naam: "Steunpunt mantelzorg", soort: "VOORZIENING", groep: null, kleur: "#7a4b00", icoon: "M" },
  { slug: "jongerencentrum", naam: "Jongerencentrum", soort: "VOORZIENING", groep: null, kleur: "#3b3b98", icoon: "J" },
] as const;

export type CategorieSlug = (typeof CATEGORIEEN)[number]["slug"];

/** Per category: name patterns and a description. {kern} / {wijk} are filled in. */
export const PLEK_SJABLONEN: Record<CategorieSlug, { namen: string[]; beschrijving: string; ligging: "BINNEN" | "BUITEN"; sfeer: "PERSOONLIJK" | "GEMEENSCHAPPELIJK" | "INSTITUTIONEEL"; doelgroepen: string[] }> = {
  buurthuis: { namen: ["Buurthuis {wijk}", "Dorpshuis {kern}", "Wijkcentrum {wijk}"], beschrijving: "Een huiskamer voor de buurt. Kom binnen voor een kop koffie, een spelletje of een praatje. Vrijwilligers organiseren er elke week activiteiten.", ligging: "BINNEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["IEDEREEN"] },
  koffiecorner: { namen: ["Koffiecorner {wijk}", "Inloopkoffie De Ontmoeting"], beschrijving: "Gratis koffie en thee met buurtgenoten. Iedereen is welkom, ook als u alleen even wilt zitten.", ligging: "BINNEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["IEDEREEN", "OUDEREN"] },
  bibliotheek: { namen: ["Bibliotheek {kern}"], beschrijving: "Lenen, lezen en leren. Met een leestafel, computers, hulp bij digitale vragen (Digisterker) en een taalcafé.", ligging: "BINNEN", sfeer: "INSTITUTIONEEL", doelgroepen: ["IEDEREEN"] },
  sportkantine: { namen: ["Kantine sportpark {wijk}", "Clubhuis voetbalvereniging {kern}"], beschrijving: "De kantine van de sportclub is ook open voor de buurt, bijvoorbeeld voor het wekelijkse buurtontbijt.", ligging: "BINNEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["IEDEREEN", "JONGEREN"] },
  dorpskroeg: { namen: ["Café De Zwaan", "Buurtwinkel {wijk}"], beschrijving: "Een vertrouwde plek in het dorp waar mensen elkaar tegenkomen. Met een prikbord voor vraag en aanbod.", ligging: "BINNEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["IEDEREEN"] },
  speeltuin: { namen: ["Speeltuin {wijk}", "Speeltuin De Wielewaal", "Natuurspeeltuin {kern}"], beschrijving: "Speeltuin voor kinderen tot 12 jaar, met bankjes voor ouders en grootouders. Beheerd door buurtbewoners.", ligging: "BUITEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["GEZINNEN", "JONGEREN"] },
  park: { namen: ["Wijkpark {wijk}", "Pluktuin {wijk}", "Buurtmoestuin {wijk}"], beschrijving: "Groene plek om te wandelen, te tuinieren en buren te ontmoeten.", ligging: "BUITEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["IEDEREEN"] },
  sportveldje: { namen: ["Cruyff Court {kern}", "Trapveldje {wijk}"], beschrijving: "Openbaar sportveldje. Vrij te gebruiken. Op woensdagmiddag zijn er buurtsportcoaches.", ligging: "BUITEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["JONGEREN"] },
  bankje: { namen: ["Praatbankje {wijk}"], beschrijving: "Een bankje waar u gaat zitten als u open staat voor een praatje met een voorbijganger.", ligging: "BUITEN", sfeer: "PERSOONLIJK", doelgroepen: ["IEDEREEN", "OUDEREN"] },
  welzijn: { namen: ["Informatiepunt Welzijn {kern}", "Sociaal wijkteam {kern}"], beschrijving: "Hier kunt u terecht met vragen over geld, zorg, eenzaamheid of vrijwilligerswerk. Gratis en zonder afspraak.", ligging: "BINNEN", sfeer: "INSTITUTIONEEL", doelgroepen: ["IEDEREEN"] },
  mantelzorg: { namen: ["Steunpunt Mantelzorg {kern}"], beschrijving: "Voor iedereen die zorgt voor een naaste. Informatie, een luisterend oor en lotgenotencontact.", ligging: "BINNEN", sfeer: "INSTITUTIONEEL", doelgroepen: ["MANTELZORGERS"] },
  jongerencentrum: { namen: ["Jongerencentrum {kern}"], beschrijving: "Plek voor jongeren van 12 tot 23 jaar. Chillen, gamen, muziek maken en samen activiteiten bedenken.", ligging: "BINNEN", sfeer: "GEMEENSCHAPPELIJK", doelgroepen: ["JONGEREN"] },
};

export const STRATEN = ["Grotestraat", "Kerkstraat", "Raadhuisplein", "Wilhelminastraat", "Stationsstraat", "Julianastraat", "Schoolstraat", "Molenstraat", "Lindenlaan", "Eikenlaan", "Meidoornstraat", "Dorpsstraat"];

export const DEMO_WACHTWOORD = "SocialeBasis-demo";

/**
 * Demo only: the TOTP secret of the demo beheerder and ambtenaren (second sign-in step), so people
 * trying the demo and the e2e tests can make the code. Add it to an authenticator app by hand.
 */
export const DEMO_TOTP_GEHEIM = "SOCIALEBASISDEMOHEUSDENTOTPGEHEM";

export const DEMO_ACCOUNTS = [
  { email: "beheerder@heusden.example", naam: "Bart Beheer", rol: "BEHEERDER", wijken: [] as string[] },
  { email: "ambtenaar@heusden.example", naam: "Anouk van den Berg", rol: "AMBTENAAR", wijken: [] },
  { email: "ambtenaar2@heusden.example", naam: "Ahmed Yilmaz", rol: "AMBTENAAR", wijken: [] },
  { email: "opbouwwerker.drunen@heusden.example", naam: "Olga Opbouw", rol: "OPBOUWWERKER", wijken: ["Centrum-Drunen", "Braken-Oost", "Braken-West", "Venne-Oost", "Venne-West", "Elshout"] },
  { email: "opbouwwerker.vlijmen@heusden.example", naam: "Omar de Wit", rol: "OPBOUWWERKER", wijken: ["Vlijmen-Dorp", "Vijfhoeven", "Geerpark", "De Grassen", "Vliedberg", "Nieuwkuijk", "Haarsteeg"] },
  { email: "opbouwwerker.heusden@heusden.example", naam: "Ilse Janssen", rol: "OPBOUWWERKER", wijken: ["Vesting Heusden", "Oudheusden", "Herpt", "Hedikhuizen", "Heesbeen", "Doeveren"] },
] as const;

/** A resident account (signs in with the e-mail link, no password). */
export const DEMO_INWONER = { email: "inwoner@heusden.example", naam: "Ineke de Vries" };

/** The demo gemeente's settings (table Instellingen). */
export const DEMO_INSTELLINGEN = {
  gemeenteNaam: "Heusden",
  gemeenteCode: "GM0797",
  telefoon: "14 0416",
  email: "info@heusden.gemeente.example",
  adres: "Postbus 41\n5250 AA Vlijmen",
  privacyContact: "Functionaris gegevensbescherming, privacy@heusden.gemeente.example",
  welkomTekst: null,
};

/**
 * The audit log: every write that must be traceable adds exactly one AuditLog row through writeAudit,
 * in the same transaction as the change (so a rolled-back change leaves no row).
 *
 * One grammar for every action: `<entiteit>.<voltooid deelwoord>` in lower case, words joined with `_`
 * (e.g. `initiatief.ingediend`, `vacature.geplaatst`, `account.verwijderd`). Older databases were
 * migrated to these names (prisma/migrations/*_audit_acties). Pages that show history use auditLabel.
 *
 * This is the only place that may call auditLog.create (an ESLint rule keeps it so).
 */
import type { Prisma } from "./generated/prisma/client.ts";
import type { Db } from "./db.ts";

/** Every audit action, with its label in plain Dutch (as shown in history tables). */
export const AUDIT_LABELS = {
  // Initiatieven (the status machine in lib/initiatief/status.ts and the review)
  "initiatief.ingediend": "Ingediend",
  "initiatief.in_behandeling_genomen": "In behandeling genomen",
  "initiatief.vraag_gesteld": "Vraag gesteld",
  "initiatief.vraag_beantwoord": "Vraag beantwoord",
  "initiatief.goedgekeurd": "Goedgekeurd",
  "initiatief.eerste_goedkeuring_gegeven": "Eerste goedkeuring (vier ogen)",
  "initiatief.afgewezen": "Afgewezen",
  "initiatief.doorverwezen": "Doorverwezen",
  "initiatief.ingetrokken": "Ingetrokken",
  "initiatief.afgerond": "Afgerond",
  "initiatief.verwijderd": "Verwijderd",
  /** Written by the demo seed, which jumps straight to the final status (and by old versions). */
  "initiatief.status_gewijzigd": "Status gewijzigd",
  "initiatief.beoordeling_opgeslagen": "Beoordeling opgeslagen",
  "initiatief.notitie_geplaatst": "Interne notitie",
  "initiatief.update_geplaatst": "Update geplaatst op de openbare pagina",
  "initiatief.update_verwijderd": "Update verwijderd van de openbare pagina",
  "initiatief.update_weggehaald": "Update van de website gehaald door een medewerker",
  // Vacatures
  "vacature.geplaatst": "Vacature geplaatst",
  "vacature.gewijzigd": "Vacature gewijzigd",
  "vacature.status_gewijzigd": "Status van de vacature gewijzigd",
  "vacature.ingetrokken": "Vacature ingetrokken",
  "vacature.verborgen_na_meldingen": "Vacature offline gehaald na meldingen",
  "vacature.hersteld_na_meldingen": "Vacature weer online na meldingen",
  // Hulpvragen en hulpaanbod
  "hulpvraag.gesloten": "Hulpvraag gesloten",
  "hulpvraag.verborgen": "Hulpvraag verborgen",
  "hulpvraag.getoond": "Hulpvraag weer getoond",
  "hulpvraag.verborgen_na_meldingen": "Hulpvraag verborgen na meldingen",
  "hulpaanbod.geaccepteerd": "Hulpaanbod geaccepteerd",
  "hulpaanbod.afgewezen": "Hulpaanbod afgewezen",
  "hulpvraag.gelukt_beantwoord": "Vraag 'Is het gelukt?' beantwoord",
  // Berichten bij burenhulp (het gesprek tussen vrager en helper)
  "hulpgesprek.telefoon_gedeeld": "Telefoonnummer bewust gedeeld in het gesprek",
  "hulpgesprek.geblokkeerd": "Gesprek geblokkeerd",
  "hulpgesprek.gedeblokkeerd": "Blokkade van gesprek opgeheven",
  "hulpgesprek.afspraak": "Dag van de afspraak vastgelegd in het gesprek",
  // Meldingen
  "melding.afgehandeld": "Melding afgehandeld",
  "melding.verborgen": "Melding afgehandeld: verborgen",
  "melding.teruggezet": "Melding afgehandeld: weer online",
  // Sociale agenda
  "agenda.thema_toegevoegd": "Thema toegevoegd aan de agenda",
  "agenda.thema_gewijzigd": "Thema in de agenda gewijzigd",
  "agenda.thema_verwijderd": "Thema uit de agenda verwijderd",
  "agenda.actie_toegevoegd": "Actie toegevoegd aan de agenda",
  "agenda.actie_gewijzigd": "Actie in de agenda gewijzigd",
  "agenda.actie_verwijderd": "Actie uit de agenda verwijderd",
  "agenda.gepubliceerd": "Agenda gepubliceerd",
  // Wijken: cijfers, grenzen, signalen, verhalen
  "wijkcijfer.bewaard": "Wijkcijfer opgeslagen",
  "wijkcijfer.geimporteerd": "Wijkcijfers ingelezen",
  "wijk.grens_geimporteerd": "Wijkgrens ingelezen",
  // Gebieden en categorieën (/beheer/gebieden, /beheer/categorieen)
  "gebied.aangemaakt": "Gebied toegevoegd",
  "gebied.gewijzigd": "Gebied gewijzigd",
  "gebied.hernoemd": "Gebied hernoemd",
  "gebied.gearchiveerd": "Gebied gearchiveerd",
  "gebied.hersteld": "Gebied teruggezet uit het archief",
  "cbsimport.bevestigd": "CBS-import bevestigd",
  "plaatsen.heringedeeld": "Plekken en initiatieven opnieuw ingedeeld bij gebieden",
  "categorie.aangemaakt": "Categorie toegevoegd",
  "categorie.gewijzigd": "Categorie gewijzigd",
  "categorie.gearchiveerd": "Categorie gearchiveerd",
  "categorie.hersteld": "Categorie teruggezet uit het archief",
  "categorie.verwijderd": "Categorie verwijderd",
  "signaal.behandeld": "Signaal behandeld",
  "verhaal.gemodereerd": "Verhaal beoordeeld",
  // Sociale kaart
  "plek.voorgesteld": "Nieuwe plek voorgesteld",
  "plek.correctie_voorgesteld": "Verbetering voorgesteld",
  "plek.aangemaakt": "Plek toegevoegd",
  "plek.gecorrigeerd": "Plek verbeterd",
  "plek.gewijzigd": "Plek gewijzigd",
  "plek.gearchiveerd": "Plek gearchiveerd",
  "plek.hersteld": "Plek teruggezet uit het archief",
  "activiteit.aangemaakt": "Activiteit toegevoegd",
  "activiteit.gewijzigd": "Activiteit gewijzigd",
  "activiteit.gearchiveerd": "Activiteit gearchiveerd",
  "activiteit.hersteld": "Activiteit teruggezet uit het archief",
  "plek.ongedaan_gemaakt": "Wijziging van plek ongedaan gemaakt",
  "activiteit.ongedaan_gemaakt": "Wijziging van activiteit ongedaan gemaakt",
  "plek.wijziging_ingediend": "Wijziging van plek ingediend (wacht op controle)",
  "activiteit.wijziging_ingediend": "Wijziging van activiteit ingediend (wacht op controle)",
  "plek.wijziging_goedgekeurd": "Wijziging van plek goedgekeurd",
  "activiteit.wijziging_goedgekeurd": "Wijziging van activiteit goedgekeurd",
  "plek.wijziging_afgewezen": "Wijziging van plek afgewezen",
  "activiteit.wijziging_afgewezen": "Wijziging van activiteit afgewezen",
  "kaartimport.bevestigd": "Sociale kaart ingelezen (import)",
  // Aanbieders: leden van organisaties
  "organisatie.lid_toegevoegd": "Lid toegevoegd aan organisatie",
  "organisatie.lid_verwijderd": "Lid weggehaald bij organisatie",
  "suggestie.goedgekeurd": "Voorstel goedgekeurd",
  "suggestie.afgewezen": "Voorstel afgewezen",
  // Accounts en tweestapsverificatie
  "account.verwijderd": "Account verwijderd",
  // Gebruikers (beheer) en instellingen
  "gebruiker.uitgenodigd": "Medewerker uitgenodigd",
  "gebruiker.uitnodiging_geaccepteerd": "Uitnodiging aangenomen",
  "gebruiker.beheerder_gemaakt": "Beheerder gemaakt (opdrachtregel)",
  "gebruiker.rol_gewijzigd": "Rol gewijzigd",
  "gebruiker.wijk_toegevoegd": "Wijk toegevoegd aan opbouwwerker",
  "gebruiker.wijk_verwijderd": "Wijk weggehaald bij opbouwwerker",
  "gebruiker.gedeactiveerd": "Account uitgezet",
  "gebruiker.geactiveerd": "Account weer aangezet",
  "instellingen.gewijzigd": "Instellingen gewijzigd",
  "tweestaps.ingesteld": "Tweestapsverificatie aangezet",
  "tweestaps.uitgezet": "Tweestapsverificatie uitgezet",
  "tweestaps.teruggezet": "Tweestapsverificatie teruggezet door beheerder",
  "tweestaps.herstelcodes_vernieuwd": "Nieuwe herstelcodes gemaakt",
  "tweestaps.herstelcode_gebruikt": "Herstelcode gebruikt",
  // Huisstijl
  "huisstijl.gewijzigd": "Huisstijl gewijzigd",
  "huisstijl.logo_geupload": "Logo geüpload",
  "huisstijl.logo_verwijderd": "Logo verwijderd",
  // Versheid van de sociale kaart (antwoord op de herinnering, zonder in te loggen)
  "plek.gecontroleerd": "Plek gecontroleerd: klopt nog",
  "activiteit.gecontroleerd": "Activiteit gecontroleerd: klopt nog",
  "plek.gemeld_niet_meer": "Plek gemeld als niet meer bestaand",
  "activiteit.gemeld_niet_meer": "Activiteit gemeld als niet meer bestaand",
  // Aan de keukentafel (een medewerker plaatst een hulpvraag samen met een inwoner)
  "hulpvraag.namens_geplaatst": "Hulpvraag geplaatst namens een inwoner, met toestemming",
  "hulpvraag.overgenomen": "Hulpvraag overgenomen door de inwoner",
  "initiatief.namens_gestart": "Initiatief begonnen namens een inwoner, met toestemming",
  "initiatief.overgenomen": "Initiatief overgenomen door de inwoner",
  // Volg je wijk en Volg dit initiatief (entiteit WijkVolger of InitiatiefVolger; zonder e-mailadres in de auditregel)
  "volger.aangemeld": "Volgen aangevraagd (wijk of initiatief)",
  "volger.bevestigd": "Volgen bevestigd (wijk of initiatief)",
  "volger.gewijzigd": "Hoe vaak mailen gewijzigd",
  "volger.afgemeld": "Niet meer volgen (wijk of initiatief)",
} as const satisfies Record<`${string}.${string}`, string>;

export type AuditActie = keyof typeof AUDIT_LABELS;

export const AUDIT_ACTIES = Object.keys(AUDIT_LABELS) as AuditActie[];

export function isAuditActie(actie: string): actie is AuditActie {
  return Object.hasOwn(AUDIT_LABELS, actie);
}

/**
 * The Dutch label of an action, for display. An unknown key (e.g. a row written by an older
 * version that no migration renamed) becomes readable text instead of a raw key:
 * "verhaal.iets_gedaan" -> "Verhaal: iets gedaan", "in_behandeling" -> "In behandeling".
 */
export function auditLabel(actie: string): string {
  if (isAuditActie(actie)) return AUDIT_LABELS[actie];
  const delen = actie
    .split(".")
    .map((d) => d.replace(/[_-]+/g, " ").trim())
    .filter(Boolean);
  if (delen.length === 0) return "Onbekende stap";
  const tekst = delen.join(": ");
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** The Prisma client or an interactive transaction client. */
export type AuditDb = Prisma.TransactionClient | Db;

type Json = Prisma.InputJsonValue;

export interface AuditRegel {
  actie: AuditActie;
  /** Who did it; null for the system (e.g. the meldingen threshold) or a deleted account. */
  actorId: string | null;
  entiteit: string;
  entiteitId: string;
  voor?: Json | null;
  na?: Json | null;
  /** Only for the demo seed and imports that replay history; normally the database sets the time. */
  createdAt?: Date;
}

/**
 * Adds one audit row. Pass the transaction client to write it in the same transaction as the
 * change. Not async: the returned Prisma promise also fits a batch `db.$transaction([...])`.
 */
export function writeAudit(tx: AuditDb, regel: AuditRegel): Prisma.PrismaPromise<{ id: string }> {
  return tx.auditLog.create({
    data: {
      actorId: regel.actorId,
      actie: regel.actie,
      entiteit: regel.entiteit,
      entiteitId: regel.entiteitId,
      voor: regel.voor ?? undefined,
      na: regel.na ?? undefined,
      createdAt: regel.createdAt,
    },
    select: { id: true },
  });
}

/**
 * E-mails to the initiatiefnemer after a review action: plain Dutch, with the referentie in the
 * subject and a link to /mijn/initiatieven. Internal notes never go into these mails.
 */
import { euro } from "../format.ts";

export type MailActie = "in_behandeling_nemen" | "vraag_stellen" | "goedkeuren" | "afwijzen" | "doorverwijzen";

export interface MailGegevens {
  referentie: string;
  titel: string;
  naam: string;
  appUrl: string;
  gemeente: string;
  vraag?: string;
  bedrag?: number;
  voorwaarden?: string;
  reden?: string;
  naar?: string;
}

export function beoordelingMail(actie: MailActie, g: MailGegevens): { subject: string; text: string } {
  const link = `${g.appUrl.replace(/\/$/, "")}/mijn/initiatieven`;
  const aanhef = `Beste ${g.naam || "initiatiefnemer"},`;
  const afsluiting = `Bekijk uw aanvraag op ${link}\n\nMet vriendelijke groet,\nGemeente ${g.gemeente}\n\nUw referentie: ${g.referentie}`;
  const over = `uw aanvraag "${g.titel}" (${g.referentie})`;
  switch (actie) {
    case "in_behandeling_nemen":
      return {
        subject: `Uw aanvraag ${g.referentie} is in behandeling`,
        text: `${aanhef}\n\nEen medewerker van de gemeente bekijkt nu ${over}. Heeft de medewerker een vraag, dan krijgt u daarover een e-mail.\n\n${afsluiting}`,
      };
    case "vraag_stellen":
      return {
        subject: `Vraag over uw aanvraag ${g.referentie}`,
        text: `${aanhef}\n\nWe hebben een vraag over ${over}:\n\n${g.vraag ?? ""}\n\nWilt u de vraag beantwoorden? Log in en open uw aanvraag. Daarna gaan we verder.\n\n${afsluiting}`,
      };
    case "goedkeuren":
      return {
        subject: `Uw aanvraag ${g.referentie} is goedgekeurd`,
        text: `${aanhef}\n\nGoed nieuws: ${over} is goedgekeurd.${g.bedrag ? `\n\nU krijgt ${euro(g.bedrag)}.` : ""}${
          g.voorwaarden ? `\n\nDe afspraken:\n${g.voorwaarden}` : ""
        }\n\nVeel succes! Vertel ons na afloop hoe het ging.\n\n${afsluiting}`,
      };
    case "afwijzen":
      return {
        subject: `Besluit over uw aanvraag ${g.referentie}: afgewezen`,
        text: `${aanhef}\n\nHelaas wijzen we ${over} af.\n\nDit is de reden:\n${g.reden ?? ""}\n\nHeeft u vragen over dit besluit? Reageer dan via uw aanvraag of neem contact op met de gemeente.\n\n${afsluiting}`,
      };
    case "doorverwijzen":
      return {
        subject: `Uw aanvraag ${g.referentie} past beter bij een ander`,
        text: `${aanhef}\n\n${over.charAt(0).toUpperCase()}${over.slice(1)} past beter bij: ${g.naar ?? ""}.${g.reden ? `\n\n${g.reden}` : ""}\n\nNeem contact met hen op. Zij kunnen u verder helpen.\n\n${afsluiting}`,
      };
  }
}

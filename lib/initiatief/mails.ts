/** E-mails about an initiative, to the initiatiefnemer and the behandelaar. Failures never undo the action. */
import "server-only";
import { env } from "../env.ts";
import { sendMailSafe } from "../mail.ts";
import { instellingen } from "../instellingen.ts";
import { createMagicLinkUrl, MAGIC_LINK_GELDIG_MINUTEN } from "../auth/login.ts";

export async function stuurBevestiging(input: { id: string; referentie: string; titel: string; contactEmail: string; contactNaam: string; metAccount: boolean }) {
  const e = env();
  const inst = await instellingen();
  const volgen = input.metAccount
    ? [`Volg uw aanvraag op ${new URL(`/mijn/initiatieven/${input.id}`, e.APP_URL).toString()}`]
    : [
        "Met deze link logt u in en ziet u uw aanvraag op Mijn initiatieven:",
        await createMagicLinkUrl(input.contactEmail, "/mijn/initiatieven"),
        `De link werkt ${MAGIC_LINK_GELDIG_MINUTEN} minuten en maar één keer. Later kunt u altijd een nieuwe inloglink aanvragen op ${new URL("/inloggen", e.APP_URL).toString()} met dit e-mailadres.`,
      ];
  return sendMailSafe({
    to: input.contactEmail,
    subject: `Uw initiatief is ontvangen (${input.referentie})`,
    text: [
      `Beste ${input.contactNaam || "initiatiefnemer"},`,
      "",
      `Bedankt voor uw initiatief "${input.titel}". We hebben het goed ontvangen.`,
      `Uw nummer is ${input.referentie}. Noem dit nummer als u contact met ons opneemt.`,
      "",
      `Wat gebeurt er nu? Een medewerker van de gemeente bekijkt uw aanvraag. Binnen ${inst.reactietermijnWerkdagen} werkdagen hoort u van ons. Hebben we een vraag, dan krijgt u een e-mail.`,
      "",
      ...volgen,
      "",
      "Met vriendelijke groet,",
      `Gemeente ${inst.gemeenteNaam}`,
    ].join("\n"),
  });
}

export async function meldAntwoordAanBehandelaar(input: { id: string; referentie: string | null; titel: string; behandelaarEmail: string | null }) {
  if (!input.behandelaarEmail) return false;
  return sendMailSafe({
    to: input.behandelaarEmail,
    subject: `Antwoord ontvangen op ${input.referentie ?? "een initiatief"}`,
    text: [
      `De initiatiefnemer van "${input.titel}" (${input.referentie ?? "zonder nummer"}) heeft uw vraag beantwoord.`,
      "Het initiatief staat weer op 'in behandeling'.",
      "",
      `Bekijk het in het beheer: ${new URL("/beheer", env().APP_URL).toString()}`,
    ].join("\n"),
  });
}

/**
 * "Is het gelukt?" (job "burenhulp-gelukt" in lib/taken/taken.ts, daily): GELUKT_NA_DAGEN days after the
 * agreed day (recorded in the conversation, lib/data/berichten.ts legAfspraakVast), or, when no day was
 * recorded, GELUKT_NA_DAGEN days after the requester accepted the offer, the requester gets ONE e-mail
 * asking whether the help worked out, with a link to answer (signed in, only as the requester:
 * lib/data/hulpvragen.ts beantwoordGelukt).
 *
 * Exactly once per hulpvraag, also with several workers at the same moment: a hulpvraag is claimed by
 * setting geluktGevraagdOp with one UPDATE ... WHERE geluktGevraagdOp IS NULL; only the worker whose
 * update changed the row sends. When the mail fails the claim is released, so the next run tries again.
 */
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import { amsterdamseDagStart, kalenderdag } from "../format.ts";
import { sendMailSafe } from "../mail.ts";

export const GELUKT_NA_DAGEN = 3;
const DAG = 86_400_000;

export async function stuurGeluktVragen(db: Db, nu: Date): Promise<{ mails: number; mislukt: number }> {
  const grens = new Date(nu.getTime() - GELUKT_NA_DAGEN * DAG);
  // The agreed day is a calendar day (stored as midnight UTC): ask from GELUKT_NA_DAGEN whole days after it.
  const dagGrens = amsterdamseDagStart(grens);
  const kandidaten = await db.hulpvraag.findMany({
    where: {
      status: "GEKOPPELD",
      geluktGevraagdOp: null,
      gelukt: null,
      aanbiedingen: {
        some: {
          status: "GEACCEPTEERD",
          OR: [
            { afgesprokenOp: null, geaccepteerdOp: { lte: grens } },
            { afgesprokenOp: { lte: dagGrens } },
          ],
        },
      },
    },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true, titel: true, aanvrager: { select: { naam: true, email: true } }, aanbiedingen: { where: { status: "GEACCEPTEERD" }, select: { afgesprokenOp: true }, take: 1 } },
  });
  let mails = 0;
  let mislukt = 0;
  for (const h of kandidaten) {
    const claim = await db.hulpvraag.updateMany({ where: { id: h.id, geluktGevraagdOp: null }, data: { geluktGevraagdOp: nu } });
    if (claim.count !== 1) continue;
    const ok = await sendMailSafe({
      to: h.aanvrager.email,
      subject: "Is het gelukt met uw hulpvraag?",
      text: [
        `Beste ${h.aanvrager.naam || "inwoner"},`,
        "",
        h.aanbiedingen[0]?.afgesprokenOp
          ? `Op ${kalenderdag(h.aanbiedingen[0].afgesprokenOp)} zou u geholpen worden met uw hulpvraag "${h.titel}".`
          : `Een paar dagen geleden nam u hulp aan voor uw hulpvraag "${h.titel}".`,
        "Is het gelukt? Laat het ons weten met één klik:",
        `${env().APP_URL}/mijn/hulpvragen/${h.id}/gelukt`,
        "",
        "Zegt u ja? Dan sluiten we uw hulpvraag. Zo zien we hoe vaak buren elkaar helpen in uw wijk.",
      ].join("\n"),
    });
    if (ok) mails++;
    else {
      mislukt++;
      await db.hulpvraag.updateMany({ where: { id: h.id, geluktGevraagdOp: nu }, data: { geluktGevraagdOp: null } });
    }
  }
  return { mails, mislukt };
}

/**
 * Volg je wijk: the digest (job "wijkdigest" in lib/taken/taken.ts, daily from 7:00).
 *
 * Exactly once per period per subscriber, however many workers run: a worker first inserts the row
 * (volger, periode) in WijkDigest with ON CONFLICT DO NOTHING. Only the worker whose insert went through
 * builds and sends that digest. The row covers what is new between the previous row's end (or the
 * confirmation) and now; an empty digest keeps its row (nothing is sent) so the next one starts there.
 *
 * When the mail fails, the row is removed again and the job fails, so the runner retries it (with
 * backoff): the retry claims only the digests that were not sent. A worker that dies between the claim
 * and the mail leaves its row: that subscriber misses this period's mail, and the next digest covers
 * it (we chose "at most once" over a second mail).
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import { amsterdamseDag, datum } from "../format.ts";
import { sendMail } from "../mail.ts";
import { ontsleutelVolgToken } from "./token.ts";
import { volgPeriode, type Frequentie } from "./periode.ts";

export interface DigestOnderdeel {
  titel: string;
  /** Path on this site, e.g. /kaart/activiteit/koffie. */
  pad: string;
  detail?: string;
}

export interface DigestInhoud {
  activiteiten: DigestOnderdeel[];
  initiatieven: DigestOnderdeel[];
  agenda: DigestOnderdeel[];
  vacatures: DigestOnderdeel[];
  hulpvragen: DigestOnderdeel[];
}

export const DIGEST_KOPJES: Record<keyof DigestInhoud, string> = {
  activiteiten: "Nieuwe activiteiten",
  initiatieven: "Nieuwe initiatieven die hulp zoeken",
  agenda: "Nieuwe versie van de sociale agenda",
  vacatures: "Nieuw vrijwilligerswerk",
  hulpvragen: "Buren vragen om hulp",
};

export const aantalOnderdelen = (d: DigestInhoud) => Object.values(d).reduce((n, l: DigestOnderdeel[]) => n + l.length, 0);

const NODIG: [string, string][] = [
  ["nodigRuimte", "ruimte"],
  ["nodigMateriaal", "materiaal"],
  ["nodigContact", "contacten"],
  ["nodigBekendheid", "bekendheid"],
];

/** What is new in a wijk after `vanaf` up to and including `tot`. Only public content, no personal details. */
export async function bouwDigest(db: Db, wijkId: string, vanaf: Date, tot: Date): Promise<DigestInhoud> {
  const nieuw = { gt: vanaf, lte: tot };
  const [activiteiten, initiatieven, agenda, vacatures, hulpvragen, wijk] = await Promise.all([
    db.activiteit.findMany({
      where: { wijkId, status: "GEPUBLICEERD", createdAt: nieuw, OR: [{ eind: null }, { eind: { gte: tot } }] },
      orderBy: { createdAt: "asc" },
      take: 20,
      select: { titel: true, slug: true, start: true, herhaling: true },
    }),
    db.initiatief.findMany({
      where: { wijkId, status: "GOEDGEKEURD", openbaar: true, referentie: { not: null }, besluitOp: nieuw },
      orderBy: { besluitOp: "asc" },
      take: 20,
      select: { titel: true, referentie: true, meedoen: true, nodigRuimte: true, nodigMateriaal: true, nodigContact: true, nodigBekendheid: true },
    }),
    db.socialeAgendaVersie.findMany({
      where: { wijkId, createdAt: nieuw },
      orderBy: { versie: "desc" },
      take: 1,
      select: { versie: true, toelichting: true },
    }),
    db.vacature.findMany({
      where: { wijkId, status: "GEPUBLICEERD", createdAt: nieuw },
      orderBy: { createdAt: "asc" },
      take: 20,
      select: { titel: true, slug: true, tijdsbesteding: true },
    }),
    // Same rule as the public list (lib/data/hulpvragen.ts): open and not expired. Only kind and title.
    db.hulpvraag.findMany({
      where: { wijkId, status: "OPEN", verlooptOp: { gt: tot }, createdAt: nieuw },
      orderBy: { createdAt: "asc" },
      take: 20,
      select: { id: true, titel: true, soort: true },
    }),
    db.wijk.findUniqueOrThrow({ where: { id: wijkId }, select: { slug: true } }),
  ]);
  return {
    activiteiten: activiteiten.map((a) => ({
      titel: a.titel,
      pad: `/kaart/activiteit/${a.slug}`,
      detail: a.herhaling ?? (a.start ? datum(a.start) : undefined),
    })),
    initiatieven: initiatieven.map((i) => {
      const nodig = NODIG.filter(([k]) => i[k as keyof typeof i]).map(([, naam]) => naam);
      return {
        titel: i.titel,
        pad: `/initiatieven/${i.referentie}`,
        detail: nodig.length ? `Zoekt ${nodig.join(", ")}` : i.meedoen ? "Doe mee" : undefined,
      };
    }),
    agenda: agenda.map((v) => ({ titel: `Versie ${v.versie}`, pad: `/wijken/${wijk.slug}/agenda/versies/${v.versie}`, detail: v.toelichting || undefined })),
    vacatures: vacatures.map((v) => ({ titel: v.titel, pad: `/vrijwilligers/vacatures/${v.slug}`, detail: v.tijdsbesteding })),
    hulpvragen: hulpvragen.map((h) => ({ titel: h.titel, pad: `/vrijwilligers/hulpvragen/${h.id}`, detail: h.soort })),
  };
}

export function afmeldUrl(token: string): string {
  return `${env().APP_URL}/volgen/afmelden/${token}`;
}

export function beheerUrl(token: string): string {
  return `${env().APP_URL}/volgen/${token}`;
}

export function digestOnderwerp(wijkNaam: string, inhoud: DigestInhoud): string {
  const n = aantalOnderdelen(inhoud);
  return `Nieuw in ${wijkNaam}: ${n} ${n === 1 ? "bericht" : "berichten"}`;
}

export function digestTekst(wijkNaam: string, inhoud: DigestInhoud, token: string, frequentie: Frequentie): string {
  const basis = env().APP_URL;
  const blokken = (Object.keys(DIGEST_KOPJES) as (keyof DigestInhoud)[])
    .filter((k) => inhoud[k].length)
    .map((k) => [`${DIGEST_KOPJES[k]}:`, ...inhoud[k].map((o) => `- ${o.titel}${o.detail ? ` (${o.detail})` : ""}\n  ${basis}${o.pad}`)].join("\n"));
  return [
    "Beste buurtbewoner,",
    "",
    `Dit is er nieuw in ${wijkNaam}.`,
    "",
    blokken.join("\n\n"),
    "",
    "--",
    `U krijgt deze e-mail ${frequentie === "DAG" ? "één keer per dag" : "één keer per week"}, omdat u ${wijkNaam} volgt.`,
    `Hoe vaak, of stoppen? Kijk hier (u hoeft niet in te loggen): ${beheerUrl(token)}`,
    `Direct afmelden: ${afmeldUrl(token)}`,
  ].join("\n");
}

interface Volger {
  id: string;
  email: string;
  wijkId: string;
  wijkNaam: string;
  frequentie: Frequentie;
  tokenVersleuteld: string;
  bevestigdOp: Date;
}

export interface DigestResultaat {
  verstuurd: number;
  leeg: number;
  mislukt: number;
  overgeslagen: number;
}

/** Sends every due digest (the job). Throws after the loop when a mail failed, so the runner retries. */
export async function stuurWijkDigests(db: Db, nu: Date): Promise<DigestResultaat> {
  const r: DigestResultaat = { verstuurd: 0, leeg: 0, mislukt: 0, overgeslagen: 0 };
  // Unconfirmed requests are kept for 7 days, unsubscribed addresses for 30 (the manage page still says
  // "u volgt niet meer"): then they go, with their digest rows.
  // The same for the followers of an initiative (lib/data/initiatief/volgen.ts).
  const oud = {
    OR: [{ bevestigdOp: null, createdAt: { lt: new Date(nu.getTime() - 7 * 86_400_000) } }, { afgemeldOp: { lt: new Date(nu.getTime() - 30 * 86_400_000) } }],
  };
  await db.wijkVolger.deleteMany({ where: oud });
  await db.initiatiefVolger.deleteMany({ where: oud });
  const volgers: Volger[] = (
    await db.wijkVolger.findMany({
      where: { bevestigdOp: { not: null, lte: nu }, afgemeldOp: null, wijk: { gearchiveerdOp: null } },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, wijkId: true, frequentie: true, tokenVersleuteld: true, bevestigdOp: true, wijk: { select: { naam: true } } },
    })
  ).map((v) => ({ ...v, wijkNaam: v.wijk.naam, bevestigdOp: v.bevestigdOp! }));
  let laatsteFout: string | null = null;
  const vandaag = amsterdamseDag(nu).datum;
  for (const v of volgers) {
    const periode = volgPeriode(v.frequentie, nu);
    const vorige = await db.wijkDigest.findFirst({ where: { volgerId: v.id }, orderBy: { tot: "desc" }, select: { tot: true, periode: true, verstuurdOp: true } });
    if (vorige?.periode === periode) continue;
    // Never more than one a day, also right after a change from weekly to daily.
    if (vorige?.verstuurdOp && amsterdamseDag(vorige.verstuurdOp).datum === vandaag) {
      r.overgeslagen++;
      continue;
    }
    const vanaf = vorige && vorige.tot > v.bevestigdOp ? vorige.tot : v.bevestigdOp;
    const geclaimd = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "WijkDigest" ("id", "volgerId", "periode", "vanaf", "tot")
      VALUES (${randomUUID()}, ${v.id}, ${periode}, ${vanaf}, ${nu})
      ON CONFLICT ("volgerId", "periode") DO NOTHING
      RETURNING "id"`;
    const rij = geclaimd[0];
    if (!rij) continue; // another worker (or an earlier run) has this period
    const inhoud = await bouwDigest(db, v.wijkId, vanaf, nu);
    const aantal = aantalOnderdelen(inhoud);
    if (!aantal) {
      r.leeg++;
      continue;
    }
    const token = ontsleutelVolgToken(v.tokenVersleuteld);
    if (!token) {
      // Sealed with another NEXTAUTH_SECRET: without a working unsubscribe link, we send nothing.
      r.mislukt++;
      laatsteFout = "De afmeldlink kon niet worden gemaakt (andere NEXTAUTH_SECRET?).";
      continue;
    }
    try {
      await sendMail({
        to: v.email,
        subject: digestOnderwerp(v.wijkNaam, inhoud),
        text: digestTekst(v.wijkNaam, inhoud, token, v.frequentie),
        headers: { "List-Unsubscribe": `<${afmeldUrl(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      });
      await db.wijkDigest.update({ where: { id: rij.id }, data: { aantal, verstuurdOp: new Date() } });
      r.verstuurd++;
    } catch (e) {
      // Give the period back: the retry of this job sends it.
      await db.wijkDigest.delete({ where: { id: rij.id } });
      r.mislukt++;
      laatsteFout = (e as Error).message;
    }
  }
  if (laatsteFout) throw new Error(`${r.mislukt} digest(s) niet verstuurd (${r.verstuurd} wel): ${laatsteFout}`);
  return r;
}

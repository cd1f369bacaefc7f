import "server-only";
/** Resident input for a wijk's sociale agenda: anyone sends a signal; opbouwwerkers of the wijk handle it. */
import { db } from "../db.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { hitRateLimit } from "../rate-limit.ts";
import { requireWijkPermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { leesAgendaKoppelingen } from "./agenda.ts";
import { leesWijk } from "./wijken.ts";
import { datum } from "../format.ts";
import { writeAudit } from "../audit.ts";

export const SOORT_NAMEN = { IDEE: "idee", ZORG: "zorg", WENS: "wens" } as const;
export const SIGNAAL_STATUS_NAMEN = { NIEUW: "Nieuw", GEKOPPELD: "Gekoppeld aan de agenda", AFGEHANDELD: "Afgehandeld" } as const;

export interface SignaalInput {
  soort: "IDEE" | "ZORG" | "WENS";
  tekst: string;
  email?: string;
}

/** Public (no account): stores a signal; rate limited per client address. */
export async function maakSignaal(slug: string, input: SignaalInput, clientKey: string) {
  const wijk = await leesWijk(slug);
  await hitRateLimit(`signaal:${clientKey}`);
  const s = await db.signaal.create({
    data: { wijkId: wijk.id, soort: input.soort, tekst: input.tekst, email: input.email?.toLowerCase() ?? null },
    select: { id: true },
  });
  return { id: s.id, wijk };
}

/** For opbouwwerkers of the wijk (or beheerders): the wijk's signals, newest first, with their link. */
export async function zoekSignalen(actor: Actor | null, slug: string) {
  const wijk = await leesWijk(slug);
  requireWijkPermission(actor, "signaal:handle", wijk.id);
  const [signalen, koppelingen] = await Promise.all([
    db.signaal.findMany({
      where: { wijkId: wijk.id },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      select: { id: true, soort: true, tekst: true, email: true, status: true, themaId: true, reactie: true, createdAt: true, afgehandeldOp: true },
    }),
    leesAgendaKoppelingen(wijk.id),
  ]);
  return {
    wijk,
    opties: [...koppelingen.entries()].map(([value, label]) => ({ value, label })),
    signalen: signalen.map((s) => ({ ...s, heeftEmail: !!s.email, email: undefined, koppelingLabel: s.themaId ? (koppelingen.get(s.themaId) ?? "Een thema dat niet meer in de agenda staat") : null })),
  };
}

export interface BehandelInput {
  signaalId: string;
  koppeling: string;
  reactie: string;
  afronden: boolean;
}

/** Links a signal to a theme or action and/or marks it handled; a resident who left an e-mail gets the reply. */
export async function behandelSignaal(actor: Actor | null, slug: string, input: BehandelInput) {
  const wijk = await leesWijk(slug);
  const user = requireWijkPermission(actor, "signaal:handle", wijk.id);
  const koppelingen = await leesAgendaKoppelingen(wijk.id);
  if (input.koppeling && !koppelingen.has(input.koppeling)) throw new AppError("INVALID", "Kies een thema of actie uit de agenda van deze wijk.");
  const result = await db.$transaction(async (tx) => {
    const s = await tx.signaal.findUnique({ where: { id: input.signaalId }, select: { id: true, wijkId: true, status: true, themaId: true, reactie: true, email: true, soort: true, tekst: true, createdAt: true } });
    if (!s || s.wijkId !== wijk.id) throw new AppError("NOT_FOUND", "Dit signaal hoort niet bij deze wijk.");
    const status = input.afronden ? "AFGEHANDELD" : "GEKOPPELD";
    const themaId = input.koppeling || s.themaId;
    const reactie = input.reactie || s.reactie;
    await tx.signaal.update({ where: { id: s.id }, data: { status, themaId, reactie, afgehandeldOp: input.afronden ? new Date() : null } });
    await writeAudit(tx, { actorId: user.id, actie: "signaal.behandeld", entiteit: "Signaal", entiteitId: s.id, voor: { status: s.status, themaId: s.themaId }, na: { status, themaId, reactie } });
    return { ...s, status, themaId, reactie };
  });
  let gemaild = false;
  if (input.afronden && result.email) {
    const koppeling = result.themaId ? koppelingen.get(result.themaId) : null;
    gemaild = await sendMailSafe({
      to: result.email,
      subject: `Reactie op uw ${SOORT_NAMEN[result.soort]} voor ${wijk.naam}`,
      text: [
        "Beste inwoner,",
        "",
        `Op ${datum(result.createdAt)} stuurde u een ${SOORT_NAMEN[result.soort]} voor de sociale agenda van ${wijk.naam}:`,
        `"${result.tekst}"`,
        "",
        "Dit hebben we ermee gedaan:",
        result.reactie ?? "",
        ...(koppeling ? ["", `Uw ${SOORT_NAMEN[result.soort]} hoort nu bij de agenda: ${koppeling}.`] : []),
        "",
        `Bekijk de sociale agenda van ${wijk.naam}: ${env().APP_URL}/wijken/${wijk.slug}#agenda`,
        "",
        "Met vriendelijke groet,",
        `${user.naam ?? "De opbouwwerker"}, opbouwwerker in ${wijk.naam}`,
      ].join("\n"),
    });
  }
  return { status: result.status, gemaild };
}

/** /beheer/instellingen: the gemeente's settings (beheerder only), audited with before and after. */
import "server-only";
import { db } from "../db.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { INSTELLINGEN_ID, leesInstellingen, type Instellingen } from "../instellingen.ts";
import type { InstellingenInput } from "../validation/instellingen.ts";

/** The settings as the form shows them (defaults filled in). */
export async function instellingenBeheer(actor: Actor | null): Promise<Instellingen> {
  requirePermission(actor, "instellingen:manage");
  return leesInstellingen();
}

const VELDEN = [
  "gemeenteNaam",
  "gemeenteCode",
  "telefoon",
  "email",
  "adres",
  "privacyContact",
  "welkomTekst",
  "kleinBedrag",
  "vierOgenBedrag",
  "reactietermijnWerkdagen",
  "hulpvraagGeldigDagen",
  "kaartControle",
] as const satisfies readonly (keyof InstellingenInput)[];

/** Saves the settings; the audit row holds only the fields that changed (before and after). */
export async function bewaarInstellingen(actor: Actor | null, input: InstellingenInput): Promise<{ gewijzigd: string[] }> {
  const a = requirePermission(actor, "instellingen:manage");
  return db.$transaction(async (tx) => {
    const oud = await leesInstellingen(tx);
    const voor: Record<string, string | number | boolean | null> = {};
    const na: Record<string, string | number | boolean | null> = {};
    for (const veld of VELDEN) {
      const oudeWaarde = veld === "gemeenteNaam" && !oud.naamIngesteld ? null : oud[veld];
      if (oudeWaarde !== input[veld]) {
        voor[veld] = oudeWaarde;
        na[veld] = input[veld];
      }
    }
    const data = Object.fromEntries(VELDEN.map((v) => [v, input[v]])) as InstellingenInput;
    await tx.instellingen.upsert({ where: { id: INSTELLINGEN_ID }, create: { id: INSTELLINGEN_ID, ...data }, update: data });
    const gewijzigd = Object.keys(na);
    if (gewijzigd.length) {
      await writeAudit(tx, { actorId: a.id, actie: "instellingen.gewijzigd", entiteit: "Instellingen", entiteitId: INSTELLINGEN_ID, voor, na });
    }
    return { gewijzigd };
  });
}

/**
 * The sociale agenda of a wijk as stored in SocialeAgendaConcept.inhoud / SocialeAgendaVersie.inhoud,
 * and a per-theme summary of what changed between two versions. Pure code: usable on client and server.
 */
export const ACTIE_STATUSSEN = ["IDEE", "LOOPT", "KLAAR"] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
export const ACTIE_STATUS_NAMEN: Record<ActieStatus, string> = { IDEE: "Idee", LOOPT: "Loopt", KLAAR: "Klaar" };

export interface AgendaActie {
  id: string;
  wat: string;
  wie: string;
  status: ActieStatus;
  wanneer: string;
}

export interface AgendaThema {
  id: string;
  titel: string;
  beschrijving: string;
  perspectiefInwoners: string;
  perspectiefProfessionals: string;
  /** Indicator names of the wijk's figures linked to this theme. */
  cijfers: string[];
  acties: AgendaActie[];
}

export interface AgendaInhoud {
  themas: AgendaThema[];
}

export const LEGE_AGENDA: AgendaInhoud = { themas: [] };

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Reads stored JSON defensively (older or hand-edited content never crashes a page). */
export function leesAgenda(json: unknown): AgendaInhoud {
  const themas = (json as { themas?: unknown })?.themas;
  if (!Array.isArray(themas)) return { themas: [] };
  return {
    themas: themas.map((t) => ({
      id: str(t?.id),
      titel: str(t?.titel),
      beschrijving: str(t?.beschrijving),
      perspectiefInwoners: str(t?.perspectiefInwoners),
      perspectiefProfessionals: str(t?.perspectiefProfessionals),
      cijfers: Array.isArray(t?.cijfers) ? t.cijfers.filter((c: unknown) => typeof c === "string") : [],
      acties: Array.isArray(t?.acties)
        ? t.acties.map((a: Record<string, unknown>) => ({
            id: str(a?.id),
            wat: str(a?.wat),
            wie: str(a?.wie),
            status: (ACTIE_STATUSSEN as readonly string[]).includes(str(a?.status)) ? (a.status as ActieStatus) : "IDEE",
            wanneer: str(a?.wanneer),
          }))
        : [],
    })),
  };
}

export type Wijziging =
  | { soort: "toegevoegd"; thema: string }
  | { soort: "verwijderd"; thema: string }
  | { soort: "gewijzigd"; thema: string; details: string[] };

const THEMA_VELDEN: [keyof AgendaThema, string][] = [
  ["titel", "titel"],
  ["beschrijving", "beschrijving"],
  ["perspectiefInwoners", "perspectief van inwoners"],
  ["perspectiefProfessionals", "perspectief van professionals"],
];

/** What changed from `oud` to `nieuw`, per theme (matched by stable id). */
export function vergelijkAgenda(oud: AgendaInhoud | null, nieuw: AgendaInhoud): Wijziging[] {
  const vorige = new Map((oud?.themas ?? []).map((t) => [t.id, t]));
  const out: Wijziging[] = [];
  for (const t of nieuw.themas) {
    const o = vorige.get(t.id);
    if (!o) {
      out.push({ soort: "toegevoegd", thema: t.titel });
      continue;
    }
    vorige.delete(t.id);
    const details: string[] = [];
    for (const [veld, naam] of THEMA_VELDEN) if (o[veld] !== t[veld]) details.push(veld === "titel" ? `titel was "${o.titel}"` : `${naam} aangepast`);
    if ([...o.cijfers].sort().join("|") !== [...t.cijfers].sort().join("|")) details.push("gekoppelde cijfers aangepast");
    const oudeActies = new Map(o.acties.map((a) => [a.id, a]));
    for (const a of t.acties) {
      const oa = oudeActies.get(a.id);
      if (!oa) details.push(`actie "${a.wat}" toegevoegd`);
      else {
        oudeActies.delete(a.id);
        if (oa.status !== a.status) details.push(`actie "${a.wat}": ${ACTIE_STATUS_NAMEN[oa.status].toLowerCase()} → ${ACTIE_STATUS_NAMEN[a.status].toLowerCase()}`);
        else if (oa.wat !== a.wat || oa.wie !== a.wie || oa.wanneer !== a.wanneer) details.push(`actie "${a.wat}" aangepast`);
      }
    }
    for (const oa of oudeActies.values()) details.push(`actie "${oa.wat}" verwijderd`);
    if (details.length) out.push({ soort: "gewijzigd", thema: t.titel, details });
  }
  for (const o of vorige.values()) out.push({ soort: "verwijderd", thema: o.titel });
  return out;
}

/**
 * The steps of the initiative form (Samenwerkwijze: ik wil / ik kan / ik heb nodig / ik kan voor een
 * ander doen). Which steps apply depends on the answers: no money asked = no money steps; a small
 * amount (up to INITIATIEF_KLEIN_BEDRAG) = no budget table. Pure: safe for client and server.
 */
export const STAPPEN = ["idee", "samen", "nodig", "geld", "begroting", "waar", "doelen", "meedoen", "contact", "controleren"] as const;
export type Stap = (typeof STAPPEN)[number];

export const STAP_TITELS: Record<Stap, string> = {
  idee: "Wat wilt u doen?",
  samen: "Wie doet mee en wat doet u zelf?",
  nodig: "Wat heeft u nodig?",
  geld: "Hoeveel geld heeft u nodig?",
  begroting: "Uw begroting",
  waar: "Voor wie en waar?",
  doelen: "Waar helpt uw initiatief bij?",
  meedoen: "Hoe kunnen anderen meedoen?",
  contact: "Uw contactgegevens",
  controleren: "Controleer uw aanvraag",
};

export function isStap(s: string): s is Stap {
  return (STAPPEN as readonly string[]).includes(s);
}

export interface StapContext {
  nodigGeld: boolean;
  bedragGevraagd: number | null;
}

/** The steps that apply to this draft, in order (the check page last). */
export function stappenVoor(c: StapContext, kleinBedrag: number): Stap[] {
  return STAPPEN.filter((s) => {
    if (s === "geld") return c.nodigGeld;
    if (s === "begroting") return c.nodigGeld && (c.bedragGevraagd ?? 0) > kleinBedrag;
    return true;
  });
}

export function volgendeStap(stap: Stap, c: StapContext, kleinBedrag: number): Stap {
  const list = stappenVoor(c, kleinBedrag);
  const i = list.indexOf(stap);
  return list[Math.min(i + 1, list.length - 1)] ?? "controleren";
}

export function vorigeStap(stap: Stap, c: StapContext, kleinBedrag: number): Stap | null {
  const list = stappenVoor(c, kleinBedrag);
  const i = list.indexOf(stap);
  return i > 0 ? list[i - 1] : null;
}

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

/**
 * The pages of the form (issue 12 point 10: at most 6 pages up to the small amount). A page shows one
 * or more steps; the steps stay the unit of validation and storage. Pages are named after their
 * first step, so a saved `laatsteStap` maps to its page with `paginaVan`.
 */
export const PAGINAS = {
  idee: ["idee", "samen"],
  nodig: ["nodig", "geld"],
  begroting: ["begroting"],
  waar: ["waar", "doelen"],
  meedoen: ["meedoen"],
  contact: ["contact"],
  controleren: ["controleren"],
} as const satisfies Record<string, readonly Stap[]>;
export type Pagina = keyof typeof PAGINAS;

export const PAGINA_TITELS: Record<Pagina, string> = {
  idee: STAP_TITELS.idee,
  nodig: STAP_TITELS.nodig,
  begroting: STAP_TITELS.begroting,
  waar: STAP_TITELS.waar,
  meedoen: STAP_TITELS.meedoen,
  contact: STAP_TITELS.contact,
  controleren: STAP_TITELS.controleren,
};

export function isPagina(s: string): s is Pagina {
  return Object.hasOwn(PAGINAS, s);
}

/** The page that shows a step. */
export function paginaVan(stap: Stap): Pagina {
  for (const [p, delen] of Object.entries(PAGINAS) as [Pagina, readonly Stap[]][]) if (delen.includes(stap)) return p;
  return "idee";
}

/** The pages that apply to this draft, in order (the check page last). */
export function paginasVoor(c: StapContext, kleinBedrag: number): Pagina[] {
  const stappen = stappenVoor(c, kleinBedrag);
  return (Object.keys(PAGINAS) as Pagina[]).filter((p) => PAGINAS[p].some((s) => stappen.includes(s)));
}

/**
 * The steps a page sends. The money step is part of "Wat heeft u nodig?" only when "Geld" is chosen
 * (`nodig` = the chosen options as sent by the form).
 */
export function delenVan(pagina: Pagina, nodig: readonly string[]): Stap[] {
  return PAGINAS[pagina].filter((s) => s !== "geld" || nodig.includes("GELD"));
}

export function vorigePagina(pagina: Pagina, c: StapContext, kleinBedrag: number): Pagina | null {
  const list = paginasVoor(c, kleinBedrag);
  const i = list.indexOf(pagina);
  return i > 0 ? list[i - 1] : null;
}

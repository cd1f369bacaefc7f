"use server";
/** Actions for opbouwwerkers (own wijken) and beheerders: agenda, signals, stories, figures. Every data function checks the wijk again. */
import { actie } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import {
  actieSchema,
  cijferImportSchema,
  cijferSchema,
  publiceerSchema,
  signaalBehandelSchema,
  themaSchema,
  verhaalModeratieSchema,
  verwijderSchema,
} from "@/lib/validation/wijken";
import { bewaarActie, bewaarThema, publiceerAgenda, verwijderActie, verwijderThema } from "@/lib/data/agenda";
import { behandelSignaal } from "@/lib/data/signalen";
import { modereerVerhaal } from "@/lib/data/verhalen";
import { bewaarCijfer, importeerCijfers } from "@/lib/data/cijfers";

const AGENDA = ["agenda:edit:own", "agenda:edit:any"] as const;
const SIGNAAL = ["signaal:handle:own", "signaal:handle:any"] as const;
const VERHAAL = ["verhaal:moderate:own", "verhaal:moderate:any"] as const;
const CIJFERS = ["cijfers:edit:own", "cijfers:edit:any"] as const;

const base = (slug: string) => `/beheer/wijken/${encodeURIComponent(slug)}`;

export const bewaarThemaAction = actie({
  schema: themaSchema,
  toegang: AGENDA,
  uitvoeren: ({ data, actor }) => bewaarThema(actor, data.wijk, data),
  revalideer: (_id, { data }) => [`${base(data.wijk)}/agenda`],
  naar: (id, { data }) => (data.themaId ? `${base(data.wijk)}/agenda?klaar=thema` : `${base(data.wijk)}/agenda/thema/${id}?klaar=thema`),
});

export const verwijderThemaAction = actie({
  schema: verwijderSchema,
  toegang: AGENDA,
  uitvoeren: ({ data, actor }) => verwijderThema(actor, data.wijk, data.themaId),
  revalideer: (_r, { data }) => [`${base(data.wijk)}/agenda`],
  naar: (_r, { data }) => `${base(data.wijk)}/agenda?klaar=verwijderd`,
});

export const bewaarActieAction = actie({
  schema: actieSchema,
  toegang: AGENDA,
  uitvoeren: ({ data, actor }) => bewaarActie(actor, data.wijk, data),
  revalideer: (_r, { data }) => [`${base(data.wijk)}/agenda`],
  naar: (_r, { data }) => `${base(data.wijk)}/agenda/thema/${data.themaId}?klaar=actie`,
});

export const verwijderActieAction = actie({
  schema: verwijderSchema,
  toegang: AGENDA,
  async uitvoeren({ data, actor }) {
    if (!data.actieId) throw new AppError("INVALID", "Kies een actie.");
    await verwijderActie(actor, data.wijk, data.themaId, data.actieId);
  },
  revalideer: (_r, { data }) => [`${base(data.wijk)}/agenda`],
  naar: (_r, { data }) => `${base(data.wijk)}/agenda/thema/${data.themaId}?klaar=verwijderd`,
});

export const publiceerAgendaAction = actie({
  schema: publiceerSchema,
  toegang: AGENDA,
  uitvoeren: ({ data, actor }) => publiceerAgenda(actor, data.wijk, data.toelichting),
  revalideer: (_versie, { data }) => [`/wijken/${data.wijk}`, `${base(data.wijk)}/agenda`],
  naar: (versie, { data }) => `${base(data.wijk)}/agenda?gepubliceerd=${versie}`,
});

export const behandelSignaalAction = actie({
  schema: signaalBehandelSchema,
  toegang: SIGNAAL,
  uitvoeren: ({ data, actor }) => behandelSignaal(actor, data.wijk, data),
  revalideer: (_r, { data }) => [`${base(data.wijk)}/signalen`],
  naar: (r, { data }) => `${base(data.wijk)}/signalen?klaar=${r.status === "AFGEHANDELD" ? (r.gemaild ? "gemaild" : "afgehandeld") : "gekoppeld"}`,
});

export const modereerVerhaalAction = actie({
  schema: verhaalModeratieSchema,
  toegang: VERHAAL,
  uitvoeren: ({ data, actor }) => modereerVerhaal(actor, data.wijk, data.verhaalId, data.besluit),
  revalideer: (_r, { data }) => [`/wijken/${data.wijk}`],
  naar: (_r, { data }) => `${base(data.wijk)}/verhalen?klaar=${data.besluit === "GEPUBLICEERD" ? "gepubliceerd" : "afgewezen"}`,
});

export const bewaarCijferAction = actie({
  schema: cijferSchema,
  toegang: CIJFERS,
  uitvoeren: ({ data, actor }) => bewaarCijfer(actor, data.wijk, data),
  revalideer: (_r, { data }) => [`/wijken/${data.wijk}`],
  naar: (_r, { data }) => `${base(data.wijk)}/cijfers?klaar=cijfer`,
});

export const importCijfersAction = actie({
  schema: cijferImportSchema,
  toegang: CIJFERS,
  async uitvoeren({ data, actor }) {
    const r = await importeerCijfers(actor, data.csv);
    // The per-row report stays a report in the data layer; here it becomes errors next to the file field.
    if (!r.ok) {
      const n = r.fouten.length;
      throw new AppError("INVALID", undefined, {
        fieldErrors: { csv: r.fouten.map((f) => f.melding) },
        samenvatting: `Niets geïmporteerd: ${n === 1 ? "er is 1 fout" : `er zijn ${n} fouten`}. Verbeter het bestand en probeer het opnieuw.`,
      });
    }
    return r;
  },
  revalideer: ["/wijken"],
  naar: (r, { data }) => `${base(data.wijk)}/cijfers?klaar=import&aantal=${r.aantal}`,
});

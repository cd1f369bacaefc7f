"use server";
import { actie } from "@/lib/actions";
import { gebruikerIdSchema, rolSchema, uitnodigingSchema, wijkKoppelingSchema } from "@/lib/validation/gebruikers";
import { nodigMedewerkerUit, wijzigRol, wijzigWijk, zetActief } from "@/lib/data/gebruikers";

/** Beheerder: invites a staff member by e-mail (the data function checks, audits and mails). */
export const nodigMedewerkerUitAction = actie({
  schema: uitnodigingSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => nodigMedewerkerUit(actor, data),
  revalideer: ["/beheer/gebruikers"],
  naar: (r) => `/beheer/gebruikers/${r.id}?klaar=${r.verstuurd ? "uitgenodigd" : "niet-verstuurd"}`,
});

export const wijzigRolAction = actie({
  schema: rolSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => wijzigRol(actor, data.id, data.rol),
  revalideer: ["/beheer/gebruikers"],
  naar: (_r, { data }) => `/beheer/gebruikers/${data.id}?klaar=rol`,
});

export const deactiveerGebruikerAction = actie({
  schema: gebruikerIdSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => zetActief(actor, data.id, false),
  revalideer: ["/beheer/gebruikers"],
  naar: (_r, { data }) => `/beheer/gebruikers/${data.id}?klaar=uit`,
});

export const activeerGebruikerAction = actie({
  schema: gebruikerIdSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => zetActief(actor, data.id, true),
  revalideer: ["/beheer/gebruikers"],
  naar: (_r, { data }) => `/beheer/gebruikers/${data.id}?klaar=aan`,
});

export const koppelWijkAction = actie({
  schema: wijkKoppelingSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => wijzigWijk(actor, data.id, data.wijkId, true),
  revalideer: ["/beheer/gebruikers"],
  naar: (_r, { data }) => `/beheer/gebruikers/${data.id}?klaar=wijk-erbij`,
});

export const ontkoppelWijkAction = actie({
  schema: wijkKoppelingSchema,
  toegang: "gebruikers:manage",
  uitvoeren: ({ data, actor }) => wijzigWijk(actor, data.id, data.wijkId, false),
  revalideer: ["/beheer/gebruikers"],
  naar: (_r, { data }) => `/beheer/gebruikers/${data.id}?klaar=wijk-eraf`,
});

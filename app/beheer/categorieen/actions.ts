"use server";
import { actie } from "@/lib/actions";
import { categorieSchema, categorieWijzigSchema, idSchema } from "@/lib/validation/gebieden";
import { archiveerCategorie, maakCategorie, verwijderCategorie, wijzigCategorie } from "@/lib/data/categorieen";

const PADEN = ["/kaart", "/beheer/categorieen"] as const;

export const maakCategorieAction = actie({
  schema: categorieSchema,
  toegang: "categorieen:manage",
  uitvoeren: ({ data, actor }) => maakCategorie(actor, data),
  revalideer: PADEN,
  naar: () => `/beheer/categorieen?opgeslagen=nieuw`,
});

export const wijzigCategorieAction = actie({
  schema: categorieWijzigSchema,
  toegang: "categorieen:manage",
  uitvoeren: ({ data: { id, ...invoer }, actor }) => wijzigCategorie(actor, id, invoer),
  revalideer: PADEN,
  naar: (r) => `/beheer/categorieen/${r.id}?opgeslagen=1`,
});

export const archiveerCategorieAction = actie({
  schema: idSchema,
  toegang: "categorieen:manage",
  uitvoeren: ({ data, actor }) => archiveerCategorie(actor, data.id, true),
  revalideer: PADEN,
  naar: (r) => `/beheer/categorieen/${r.id}?opgeslagen=gearchiveerd`,
});

export const herstelCategorieAction = actie({
  schema: idSchema,
  toegang: "categorieen:manage",
  uitvoeren: ({ data, actor }) => archiveerCategorie(actor, data.id, false),
  revalideer: PADEN,
  naar: (r) => `/beheer/categorieen/${r.id}?opgeslagen=hersteld`,
});

export const verwijderCategorieAction = actie({
  schema: idSchema,
  toegang: "categorieen:manage",
  uitvoeren: ({ data, actor }) => verwijderCategorie(actor, data.id),
  revalideer: PADEN,
  naar: () => `/beheer/categorieen?opgeslagen=verwijderd`,
});

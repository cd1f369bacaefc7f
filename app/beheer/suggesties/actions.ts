"use server";
import { actie } from "@/lib/actions";
import { moderatieSchema } from "@/lib/validation/kaart";
import { beslisSuggestie, type SuggestieBesluit } from "@/lib/data/suggesties";

/** Staff: approve (possibly edited) or reject a place suggestion. */
export const beslisSuggestieAction = actie({
  schema: moderatieSchema,
  toegang: ["plek:moderate:own", "plek:moderate:any"],
  async uitvoeren({ data: d, actor }) {
    const besluit: SuggestieBesluit =
      d.besluit === "afwijzen"
        ? // moderatieSchema requires a reason for a rejection
          { besluit: "afwijzen", reden: d.reden ?? "" }
        : {
            besluit: "goedkeuren",
            gegevens: {
              naam: d.naam, categorie: d.categorie, wijk: d.wijk, adres: d.adres, postcode: d.postcode, beschrijving: d.beschrijving, ligging: d.ligging,
              rolstoeltoegankelijk: d.rolstoeltoegankelijk, telefoon: d.telefoon, website: d.website, plekEmail: d.plekEmail, lat: d.lat, lng: d.lng,
            },
          };
    return beslisSuggestie(actor, d.id, besluit);
  },
  revalideer: ["/beheer/suggesties", "/kaart"],
  naar: ({ plekSlug }, { data }) => `/beheer/suggesties?klaar=${data.besluit === "afwijzen" ? "afgewezen" : "goedgekeurd"}${plekSlug ? `&plek=${plekSlug}` : ""}`,
});

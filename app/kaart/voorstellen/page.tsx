import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { zoekCategorieen, zoekKaartWijken } from "@/lib/data/kaart/kaartdata";
import { leesPlek } from "@/lib/data/kaart/detail";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SuggestieForm, type SuggestieStandaard } from "./form";
import { lieverBellen } from "@/components/ui/liever-bellen";

export const metadata: Metadata = { title: "Een plek voorstellen" };

export default async function VoorstellenPage({ searchParams }: { searchParams: Promise<{ plek?: string }> }) {
  const { plek: plekSlug } = await searchParams;
  const [categorieen, wijken, plek] = await Promise.all([zoekCategorieen(), zoekKaartWijken(), plekSlug ? leesPlek(plekSlug) : Promise.resolve(null)]);
  if (plekSlug && !plek) notFound();
  const standaard: SuggestieStandaard = plek
    ? {
        plek: plek.slug, naam: plek.naam, categorie: plek.categorie.slug, wijk: plek.wijk.slug, adres: plek.adres ?? undefined, postcode: plek.postcode ?? undefined,
        beschrijving: plek.beschrijving, ligging: plek.ligging, rolstoeltoegankelijk: plek.rolstoeltoegankelijk, telefoon: plek.telefoon ?? undefined,
        website: plek.website ?? undefined, plekEmail: plek.email ?? undefined,
      }
    : {};
  const titel = plek ? `Correctie doorgeven voor ${plek.naam}` : "Een plek voorstellen";
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/kaart", label: "Sociale kaart" }, ...(plek ? [{ href: `/kaart/plek/${plek.slug}`, label: plek.naam }] : []), { label: plek ? "Correctie" : "Plek voorstellen" }]} />
      <h1>{titel}</h1>
      <div className="max-w-3xl">
        <p className="text-xl">
          {plek
            ? "Pas aan wat niet klopt. Een opbouwwerker bekijkt uw correctie. Pas daarna ziet iedereen de wijziging."
            : "Kent u een plek waar mensen elkaar ontmoeten, of een voorziening die op de sociale kaart hoort? Vertel het ons. Een opbouwwerker bekijkt uw voorstel. Pas daarna staat de plek op de kaart."}
        </p>
        <p>U heeft geen account nodig. Velden zonder &apos;(niet verplicht)&apos; moet u invullen.</p>
        <SuggestieForm
          standaard={standaard}
          categorieen={categorieen.map((c) => ({ value: c.slug, label: c.naam }))}
          wijken={wijken.map((w) => ({ value: w.slug, label: w.naam }))}
        />
        {await lieverBellen()}
        <p>
          <Link href="/kaart">Terug naar de sociale kaart</Link>
        </p>
      </div>
    </>
  );
}

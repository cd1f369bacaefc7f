import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, metWijkVanAdres } from "@/lib/data/kaart/beheer";
import { adresZoekStaat } from "@/lib/pdok/adres-formulier";
import { PlekForm } from "../../plek-form";

export const metadata: Metadata = { title: "Nieuwe plek" };

export default async function NieuwePlekPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPage("/beheer/kaart/plek/nieuw");
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const keuzes = await metToegang("medewerker", kaartBeheerKeuzes(user));
  // "Zoek adres" without JavaScript came back here with GET (lib/pdok/adres-formulier.ts).
  const beginState = await metWijkVanAdres(user, await adresZoekStaat(await searchParams));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: "Nieuwe plek" }]} />
      <h1>Nieuwe plek</h1>
      <PlekForm
        pad="/beheer/kaart/plek/nieuw"
        beginState={beginState}
        defaults={{ doelgroepen: ["IEDEREEN"], sfeer: "GEMEENSCHAPPELIJK", ligging: "BINNEN", wijkId: keuzes.wijken.length === 1 ? keuzes.wijken[0].id : "" }}
        wijken={keuzes.opties.wijken}
        categorieen={keuzes.opties.categorieen}
        organisaties={keuzes.opties.organisaties}
        knop="Plek opslaan"
      />
    </div>
  );
}

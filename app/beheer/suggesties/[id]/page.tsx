import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { leesSuggestie } from "@/lib/data/suggesties";
import { SUGGESTIE_LABELS, type SuggestieGegevens } from "@/lib/validation/kaart";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ModeratieForm } from "./form";
import { routeParams } from "@/lib/route-params";
import { datumTijd } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { DataList } from "@/components/ui/data-list";
import { Table } from "@/components/ui/table";
import { adresZoekStaat } from "@/lib/pdok/adres-formulier";

export const metadata: Metadata = { title: "Voorstel bekijken" };

const VELDEN: (keyof SuggestieGegevens)[] = ["naam", "categorie", "wijk", "adres", "postcode", "beschrijving", "ligging", "rolstoeltoegankelijk", "telefoon", "website", "plekEmail"];

function tekst(v: unknown) {
  if (v === undefined || v === null || v === "") return "—";
  if (typeof v === "boolean") return v ? "Ja" : "Nee";
  return String(v);
}

export default async function SuggestiePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/suggesties/${id}`);
  const s = await metToegang("medewerker", leesSuggestie(user, id));
  // "Zoek adres" without JavaScript: the form came back with GET (lib/pdok/adres-formulier.ts).
  const beginState = s.status === "NIEUW" ? await adresZoekStaat(await searchParams) : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/suggesties", label: "Voorstellen voor de kaart" }, { label: s.gegevens.naam }]} />
      <h1>
        {s.soort === "nieuw" ? "Nieuwe plek" : "Correctie"}: {s.gegevens.naam}
      </h1>
      <DataList>
        <dt>Wijk</dt>
        <dd>{s.wijk.naam}</dd>
        <dt>Ingediend</dt>
        <dd>{datumTijd(s.createdAt)}</dd>
        <dt>Toelichting van de inwoner</dt>
        <dd>{s.toelichting ?? "—"}</dd>
        <dt>E-mailadres van de inwoner</dt>
        <dd>{s.email ? <a href={`mailto:${s.email}`}>{s.email}</a> : "Niet gegeven"}</dd>
        {s.plekSlug ? (
          <>
            <dt>Huidige plek</dt>
            <dd>
              <Link href={`/kaart/plek/${s.plekSlug}`}>Bekijk de plek op de kaart</Link>
            </dd>
          </>
        ) : null}
      </DataList>
      {s.huidig ? (
        <>
          <h2>Wat verandert er?</h2>
          <Table>
            <caption className="sr-only">Huidige gegevens naast de voorgestelde gegevens</caption>
            <thead>
              <tr>
                <th scope="col">Gegeven</th>
                <th scope="col">Nu</th>
                <th scope="col">Voorgesteld</th>
              </tr>
            </thead>
            <tbody>
              {VELDEN.filter((k) => tekst(s.huidig![k]) !== tekst(s.gegevens[k])).map((k) => (
                <tr key={k}>
                  <th scope="row">{SUGGESTIE_LABELS[k]}</th>
                  <td>{tekst(s.huidig![k])}</td>
                  <td>
                    <strong>{tekst(s.gegevens[k])}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : null}
      {s.status === "NIEUW" ? (
        <ModeratieForm
          id={s.id}
          gegevens={s.gegevens}
          categorieen={s.categorieen.map((c) => ({ value: c.slug, label: c.naam }))}
          wijken={s.wijken.map((w) => ({ value: w.slug, label: w.naam }))}
          beginState={beginState}
        />
      ) : (
        <Alert>
          <p>
            Dit voorstel is {s.status === "GOEDGEKEURD" ? "goedgekeurd" : "afgewezen"}
            {s.behandeldOp ? ` op ${datumTijd(s.behandeldOp)}` : ""}.
          </p>
          {s.reden ? <p>Reden: {s.reden}</p> : null}
        </Alert>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { zoekSuggesties } from "@/lib/data/suggesties";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Voorstellen voor de kaart" };

const STATUSSEN = [
  { value: "NIEUW", label: "Nieuw" },
  { value: "GOEDGEKEURD", label: "Goedgekeurd" },
  { value: "AFGEWEZEN", label: "Afgewezen" },
] as const;


export default async function SuggestiesPage({ searchParams }: { searchParams: Promise<{ status?: string; klaar?: string; plek?: string }> }) {
  const user = await requireStaffPage("/beheer/suggesties");
  vereisPaginaPermissie(user, "plek:moderate:own", "plek:moderate:any");
  const sp = await searchParams;
  const status = STATUSSEN.find((s) => s.value === sp.status)?.value ?? "NIEUW";
  const rows = await zoekSuggesties(user, status);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Voorstellen voor de kaart" }]} />
      <h1>Voorstellen voor de kaart</h1>
      {sp.klaar ? (
        <Alert type="ok" role="status">
          {sp.klaar === "goedgekeurd" ? (
            <>
              Het voorstel is goedgekeurd en staat nu op de kaart.
              {sp.plek && /^[a-z0-9-]+$/.test(sp.plek) ? (
                <>
                  {" "}
                  <Link href={`/kaart/plek/${sp.plek}`}>Bekijk de plek</Link>.
                </>
              ) : null}
            </>
          ) : (
            "Het voorstel is afgewezen. Het komt niet op de kaart."
          )}
        </Alert>
      ) : null}
      <p className="text-xl">
        Inwoners stellen nieuwe plekken en correcties voor. Niets is openbaar voordat u het goedkeurt.
        {hasPermission(user, "plek:moderate:any") ? " U ziet de voorstellen van alle wijken." : " U ziet de voorstellen uit uw eigen wijken."}
      </p>
      <nav aria-label="Status van voorstellen">
        <ul className="flex flex-wrap gap-4 list-none p-0">
          {STATUSSEN.map((s) => (
            <li key={s.value}>
              <Link href={`/beheer/suggesties?status=${s.value}`} aria-current={s.value === status ? "page" : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>Er zijn geen {STATUSSEN.find((s) => s.value === status)!.label.toLowerCase()}e voorstellen.</p>
      ) : (
        <Table>
          <caption className="sr-only">Voorstellen met status {status.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Plek</th>
              <th scope="col">Soort voorstel</th>
              <th scope="col">Wijk</th>
              <th scope="col">Ingediend</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/beheer/suggesties/${r.id}`}>{r.naam}</Link>
                </td>
                <td>{r.soort === "nieuw" ? "Nieuwe plek" : `Correctie op ${r.plekNaam ?? "een plek"}`}</td>
                <td>{r.wijk}</td>
                <td>{datum(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

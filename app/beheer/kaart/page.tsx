import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, zoekKaartBeheer } from "@/lib/data/kaart/beheer";
import { openKaartVoorstellen } from "@/lib/data/kaart/voorstellen";
import { datum } from "@/lib/format";
import { Table } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Sociale kaart bijhouden" };

const STATUS: Record<string, string> = { GEPUBLICEERD: "Op de kaart", CONCEPT: "Concept", GEARCHIVEERD: "Gearchiveerd", TER_CONTROLE: "Wacht op controle" };

export default async function KaartBeheerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPage("/beheer/kaart");
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const sp = await searchParams;
  const een = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]) ?? "";
  const f = { q: een("q").slice(0, 100), wijkId: een("wijk") || undefined, soort: een("soort") === "plek" || een("soort") === "activiteit" ? (een("soort") as "plek" | "activiteit") : undefined, gearchiveerd: een("archief") === "1" };
  const [rijen, keuzes, wachtend] = await Promise.all([metToegang("medewerker", zoekKaartBeheer(user, f)), metToegang("medewerker", kaartBeheerKeuzes(user)), metToegang("medewerker", openKaartVoorstellen(user))]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Sociale kaart bijhouden" }]} />
      <h1>Sociale kaart bijhouden</h1>
      <p>Plekken en activiteiten {user.rol === "OPBOUWWERKER" ? "in uw wijken" : "in alle wijken"}. Wat u hier wijzigt, staat meteen op de openbare kaart.</p>
      <p className="flex flex-wrap gap-3">
        <Link className={buttonClass("primary")} href="/beheer/kaart/plek/nieuw">
          Nieuwe plek
        </Link>
        <Link className={buttonClass("secondary")} href="/beheer/kaart/activiteit/nieuw">
          Nieuwe activiteit
        </Link>
        <Link className={buttonClass("secondary")} href="/beheer/kaart/wijzigingen">
          {wachtend.length ? `Recente wijzigingen (${wachtend.length} wacht${wachtend.length === 1 ? "" : "en"} op controle)` : "Recente wijzigingen"}
        </Link>
      </p>
      <form method="get" action="/beheer/kaart" role="search" aria-label="Plekken en activiteiten zoeken" className="mb-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="q" className="block font-bold">
            Zoek op naam
          </label>
          <input id="q" name="q" defaultValue={f.q} className={inputClass("m")} />
        </div>
        <div>
          <label htmlFor="wijk" className="block font-bold">
            Wijk of dorp
          </label>
          <select id="wijk" name="wijk" defaultValue={f.wijkId ?? ""} className={inputClass("m")}>
            <option value="">Alle wijken</option>
            {keuzes.wijken.map((w) => (
              <option key={w.id} value={w.id}>
                {w.naam}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="soort" className="block font-bold">
            Soort
          </label>
          <select id="soort" name="soort" defaultValue={f.soort ?? ""} className={inputClass("s")}>
            <option value="">Alles</option>
            <option value="plek">Plekken</option>
            <option value="activiteit">Activiteiten</option>
          </select>
        </div>
        <div className="flex items-center gap-2">
          <input type="checkbox" id="archief" name="archief" value="1" defaultChecked={f.gearchiveerd} />
          <label htmlFor="archief">Alleen het archief</label>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Zoeken
        </button>
      </form>
      {rijen.length ? (
        <Table caption={<span className="sr-only">Plekken en activiteiten</span>}>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Wijk</th>
              <th scope="col">Status</th>
              <th scope="col">Gewijzigd</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={`${r.soort}-${r.id}`}>
                <td>
                  <Link href={`/beheer/kaart/${r.soort}/${r.id}`}>{r.naam}</Link>
                </td>
                <td>{r.soort === "plek" ? "Plek" : "Activiteit"}</td>
                <td>{r.wijk}</td>
                <td>{STATUS[r.status] ?? r.status}</td>
                <td>{datum(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>Niets gevonden.</p>
      )}
    </>
  );
}

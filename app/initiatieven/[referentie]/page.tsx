import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { leesPubliekInitiatief } from "@/lib/data/initiatief/publiek";
import { DOEL_LABELS_BEWONER, STATUS_LABELS } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { routeParams } from "@/lib/route-params";
import { DataBadge, StatusBadge } from "@/components/ui/badge";
import { leesVertellen } from "@/lib/data/initiatief/vertellen";
import { currentUser } from "@/lib/auth/session";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { datum, getal } from "@/lib/format";
import { SteunForm, SteunIngelogdForm } from "./forms";
import { VolgInitiatiefForm } from "@/app/volgen/forms";
import { volgtInitiatief } from "@/lib/data/initiatief/volgen";

const STEUN_MELDING: Record<string, { type: "ok" | "info"; tekst: string }> = {
  mail: { type: "info", tekst: "Kijk in uw mail. Klik op de link in de e-mail om uw steun te bevestigen. Pas dan telt hij mee." },
  bevestigd: { type: "ok", tekst: "Dank u wel! Uw steun telt mee." },
  al: { type: "ok", tekst: "U steunt dit initiatief al. Dank u wel! Uw steun telt één keer mee." },
};

const VOLG_MELDING: Record<string, { type: "ok" | "info"; tekst: string }> = {
  mail: { type: "info", tekst: "Kijk in uw mailbox. We stuurden een e-mail met een link. Bevestig daarmee dat u dit initiatief wilt volgen. Pas daarna sturen we nieuws." },
  account: { type: "ok", tekst: "U volgt dit initiatief nu. U krijgt een e-mail op het adres van uw account als er nieuws is." },
};

export async function generateMetadata({ params }: { params: Promise<{ referentie: string }> }): Promise<Metadata> {
  const i = await leesPubliekInitiatief((await routeParams(params, { referentie: "referentie" })).referentie);
  return { title: i ? i.titel : "Initiatief niet gevonden" };
}

/** Public page of an approved initiative whose makers agreed to publication. No personal data. */
export default async function PubliekInitiatiefPage({ params, searchParams }: { params: Promise<{ referentie: string }>; searchParams: Promise<{ steun?: string; volgen?: string }> }) {
  const i = await leesPubliekInitiatief((await routeParams(params, { referentie: "referentie" })).referentie);
  if (!i) notFound();
  const { steun: steunMelding, volgen: volgMelding } = await searchParams;
  const actor = await currentUser();
  const [v, volgt] = await Promise.all([leesVertellen(i.referentie, actor), volgtInitiatief(actor, i.referentie)]);
  const melding = steunMelding ? STEUN_MELDING[steunMelding] : undefined;
  const volgen = volgMelding && Object.hasOwn(VOLG_MELDING, volgMelding) ? VOLG_MELDING[volgMelding] : undefined;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, ...(i.wijk ? [{ href: `/wijken/${i.wijk.slug}`, label: i.wijk.naam }] : []), { label: i.titel }]} />
      <h1>{i.titel}</h1>
      <p>
        <StatusBadge>{STATUS_LABELS[i.status]}</StatusBadge> Een initiatief van inwoners{i.wijk ? <> in {i.wijk.naam}</> : null}.
      </p>
      <p>
        {i.doelen.map((d) => (
          <DataBadge key={d}>
            {DOEL_LABELS_BEWONER[d]}
          </DataBadge>
        ))}
      </p>
      <h2>Wat ze doen</h2>
      <p className="whitespace-pre-line">{i.ikWil}</p>
      {i.ikKan ? <p className="whitespace-pre-line">{i.ikKan}</p> : null}
      {i.voorWie ? (
        <>
          <h2>Voor wie</h2>
          <p className="whitespace-pre-line">{i.voorWie}</p>
        </>
      ) : null}
      {i.meedoen ? (
        <>
          <h2>Meedoen</h2>
          <p className="whitespace-pre-line">{i.meedoen}</p>
        </>
      ) : null}
      {i.verhaal ? (
        <section aria-labelledby="verhaal-kop">
          <h2 id="verhaal-kop">Hoe ging het?</h2>
          <p className="whitespace-pre-line">{i.verhaal.bereikt}</p>
          {i.verhaal.deelnemers !== null ? <p>Er deden ongeveer {i.verhaal.deelnemers} mensen mee.</p> : null}
          {i.verhaal.bijdragen ? <p className="whitespace-pre-line">{i.verhaal.bijdragen}</p> : null}
          {i.verhaal.citaten ? <blockquote className="whitespace-pre-line">{i.verhaal.citaten}</blockquote> : null}
        </section>
      ) : null}
      {v && v.updates.length ? (
        <section aria-labelledby="updates-kop">
          <h2 id="updates-kop">Nieuws van de initiatiefnemers</h2>
          <ol className="list-none p-0 grid gap-4">
            {v.updates.map((u) => (
              <Card as="li" key={u.id}>
                <h3 className="mt-0">{u.titel}</h3>
                <p className="text-muted m-0 mb-2">{datum(u.datum)}</p>
                <p className="whitespace-pre-line">{u.tekst}</p>
                {u.foto ? (
                  // Plain img: the photo is already resized and cleaned when it was uploaded.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={u.foto.url} alt={u.foto.beschrijving} width={u.foto.breedte ?? undefined} height={u.foto.hoogte ?? undefined} loading="lazy" className="h-auto max-w-full" />
                ) : null}
              </Card>
            ))}
          </ol>
        </section>
      ) : null}
      {v ? (
        <Card as="section" aria-labelledby="steun-kop" className="my-6">
          <h2 className="mt-0" id="steun-kop">
            Steun dit initiatief
          </h2>
          {melding ? (
            <Alert type={melding.type} role="status">
              {melding.tekst}
            </Alert>
          ) : null}
          <p className="text-xl" data-testid="steun-aantal">
            {v.steun === 1 ? "1 persoon steunt" : `${getal(v.steun)} mensen steunen`} dit initiatief.
          </p>
          {v.gesteund ? (
            <p>U steunt dit initiatief. Dank u wel!</p>
          ) : actor ? (
            <SteunIngelogdForm referentie={i.referentie} />
          ) : (
            <SteunForm referentie={i.referentie} />
          )}
        </Card>
      ) : null}
      <Card as="section" aria-labelledby="volgen-kop" className="my-6">
        <h2 className="mt-0" id="volgen-kop">
          Volg dit initiatief
        </h2>
        {volgen ? (
          <Alert type={volgen.type} role="status">
            {volgen.tekst}
          </Alert>
        ) : null}
        {volgt ? (
          <p>U volgt dit initiatief. Onder elke e-mail staat een link om te stoppen.</p>
        ) : (
          <>
            <p>Wilt u weten hoe het verder gaat? Dan krijgt u een e-mail als de initiatiefnemers nieuws op deze pagina zetten. U kunt altijd stoppen.</p>
            <VolgInitiatiefForm referentie={i.referentie} />
          </>
        )}
      </Card>
      <p>
        Zelf een idee? <Link href="/initiatief">Start een initiatief</Link>.
      </p>
    </div>
  );
}

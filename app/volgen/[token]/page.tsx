/**
 * Volg je wijk: the page behind every link in the mails (no account needed; the token is the permission
 * for this one subscription). Confirm, change how often, stop, preview. Works without JavaScript.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { leesVolging } from "@/lib/data/volgen";
import { datum } from "@/lib/format";
import { FREQUENTIE_NAMEN } from "@/lib/volgen/periode";
import { Alert } from "@/components/ui/alert";
import { AfmeldForm, BevestigForm, FrequentieForm } from "../forms";
import { LinkWerktNiet } from "../link-werkt-niet";

export const metadata: Metadata = { title: "Wijk volgen", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const GEDAAN: Record<string, (wijk: string) => string> = {
  bevestigd: (w) => `Bedankt. U volgt ${w} nu.`,
  gewijzigd: () => "Opgeslagen.",
  afgemeld: (w) => `U bent afgemeld. U krijgt geen e-mails meer over ${w}.`,
};

export default async function VolgenPage({ params, searchParams }: Props) {
  const [{ token }, sp] = await Promise.all([params, searchParams]);
  const v = await leesVolging(token);
  if (!v) {
    return (
      <LinkWerktNiet>
        <p>
          Wilt u een wijk volgen? Ga naar de pagina van uw <Link href="/wijken">wijk of dorp</Link>.
        </p>
      </LinkWerktNiet>
    );
  }
  const gedaan = typeof sp.gedaan === "string" && Object.hasOwn(GEDAAN, sp.gedaan) ? GEDAAN[sp.gedaan](v.wijk.naam) : undefined;
  return (
    <>
      <h1>{v.wijk.naam} volgen</h1>
      {gedaan ? (
        <Alert type="ok" role="status">
          {gedaan}
        </Alert>
      ) : null}
      {v.afgemeldOp ? (
        <>
          <p className="text-xl">
            U volgt <Link href={`/wijken/${v.wijk.slug}`}>{v.wijk.naam}</Link> niet meer (sinds {datum(v.afgemeldOp)}).
          </p>
          <p>
            Toch weer volgen? Vul uw e-mailadres in op de <Link href={`/wijken/${v.wijk.slug}#volgen`}>pagina van {v.wijk.naam}</Link>.
          </p>
        </>
      ) : !v.bevestigdOp ? (
        <>
          <p className="text-xl">
            Wilt u {v.wijk.naam} volgen met het adres {v.adres}? Dan krijgt u {FREQUENTIE_NAMEN[v.frequentie]} een e-mail met wat er nieuw is. Alleen als er iets nieuws is.
          </p>
          <BevestigForm token={token} naam={v.wijk.naam} />
          <p>Wilde u dit niet? Dan hoeft u niets te doen. We sturen niets.</p>
        </>
      ) : (
        <>
          <p className="text-xl">
            U volgt <Link href={`/wijken/${v.wijk.slug}`}>{v.wijk.naam}</Link> met het adres {v.adres}. U krijgt {FREQUENTIE_NAMEN[v.frequentie]} een e-mail, alleen als er
            iets nieuws is.
          </p>
          <p>
            <Link href={`/volgen/${token}/voorbeeld`}>Bekijk wat er nu in de volgende e-mail zou staan</Link>
          </p>
          <section aria-labelledby="hoe-vaak">
            <h2 id="hoe-vaak">Hoe vaak?</h2>
            <FrequentieForm token={token} frequentie={v.frequentie} />
          </section>
          <section aria-labelledby="stoppen">
            <h2 id="stoppen">Stoppen</h2>
            <p>U krijgt dan geen e-mails meer over {v.wijk.naam}.</p>
            <AfmeldForm token={token} naam={v.wijk.naam} />
          </section>
        </>
      )}
    </>
  );
}

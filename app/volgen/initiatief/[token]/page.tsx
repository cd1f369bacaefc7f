/**
 * Volg dit initiatief: the page behind the links in the mails (no account needed; the token is the
 * permission for this one subscription). Confirm or stop. Works without JavaScript.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { leesInitiatiefVolging } from "@/lib/data/initiatief/volgen";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { AfmeldForm, BevestigForm } from "../../forms";
import { LinkWerktNiet } from "../../link-werkt-niet";

export const metadata: Metadata = { title: "Initiatief volgen", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const GEDAAN: Record<string, string> = {
  bevestigd: "Bedankt. U volgt dit initiatief nu.",
  afgemeld: "U bent afgemeld. U krijgt geen e-mails meer over dit initiatief.",
};

export default async function InitiatiefVolgenPage({ params, searchParams }: Props) {
  const [{ token }, sp] = await Promise.all([params, searchParams]);
  const v = await leesInitiatiefVolging(token);
  if (!v) {
    return <LinkWerktNiet />;
  }
  const gedaan = typeof sp.gedaan === "string" && Object.hasOwn(GEDAAN, sp.gedaan) ? GEDAAN[sp.gedaan] : undefined;
  const pagina = `/initiatieven/${v.initiatief.referentie}`;
  return (
    <>
      <h1>{v.initiatief.titel} volgen</h1>
      {gedaan ? (
        <Alert type="ok" role="status">
          {gedaan}
        </Alert>
      ) : null}
      {v.afgemeldOp ? (
        <>
          <p className="text-xl">
            U volgt <Link href={pagina}>{v.initiatief.titel}</Link> niet meer (sinds {datum(v.afgemeldOp)}).
          </p>
          <p>
            Toch weer volgen? Vul uw e-mailadres in op de <Link href={`${pagina}#volgen-kop`}>pagina van het initiatief</Link>.
          </p>
        </>
      ) : !v.bevestigdOp ? (
        <>
          <p className="text-xl">
            Wilt u het initiatief &quot;{v.initiatief.titel}&quot; volgen met het adres {v.adres}? Dan krijgt u een e-mail als de initiatiefnemers nieuws op de
            website zetten.
          </p>
          <BevestigForm token={token} naam="dit initiatief" soort="initiatief" />
          <p>Wilde u dit niet? Dan hoeft u niets te doen. We sturen niets.</p>
        </>
      ) : (
        <>
          <p className="text-xl">
            U volgt <Link href={pagina}>{v.initiatief.titel}</Link> met het adres {v.adres}. U krijgt een e-mail als de initiatiefnemers nieuws op de website
            zetten.
          </p>
          <section aria-labelledby="stoppen">
            <h2 id="stoppen">Stoppen</h2>
            <p>U krijgt dan geen e-mails meer over dit initiatief.</p>
            <AfmeldForm token={token} naam="dit initiatief" soort="initiatief" />
          </section>
        </>
      )}
    </>
  );
}

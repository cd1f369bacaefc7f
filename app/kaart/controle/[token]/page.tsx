/**
 * The one-click answers from the versheid reminder (issue 14), without logging in; the signed token
 * (lib/versheid/link.ts) is the permission for this one item and this one answer.
 *  - "klopt nog": opening the link confirms (idempotent: a second click changes nothing).
 *  - "bestaat niet meer": opening shows a confirmation; the button marks it for staff (nothing is deleted).
 * A changed, expired or foreign link shows a Dutch error page.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { bevestigKloptNog, leesControleLink, LINK_FOUT } from "@/lib/data/versheid";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { NietMeerForm } from "./form";

export const metadata: Metadata = { title: "Controle van de sociale kaart", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ControlePage({ params, searchParams }: Props) {
  // Not routeParams(): a changed token gets the Dutch error page below, not a 404 (controleerLinkToken checks every part).
  const [{ token }, sp] = await Promise.all([params, searchParams]);
  const r = await leesControleLink(token);
  if (!r.ok) {
    return (
      <>
        <h1>Deze link werkt niet</h1>
        <Alert type="error" role="alert">
          {LINK_FOUT[r.reden]}
        </Alert>
        <p>
          Vragen? Neem contact op met de gemeente via de <Link href="/contact">contactpagina</Link>. Of bekijk de <Link href="/kaart">sociale kaart</Link>.
        </p>
      </>
    );
  }
  const { item } = r;
  if (r.actie === "klopt") {
    const { item: na, alBevestigd } = await bevestigKloptNog(token);
    return (
      <>
        <h1>Bedankt voor het controleren</h1>
        <Alert type="ok" role="status">
          {alBevestigd ? "U had dit al bevestigd. " : ""}
          <strong>{na.naam}</strong> klopt nog. Op de sociale kaart staat nu: Gecontroleerd op {datum(na.laatstGecontroleerd)}.
        </Alert>
        <p>
          <Link href={na.href}>Bekijk {na.naam} op de sociale kaart</Link>
        </p>
      </>
    );
  }
  if (item.gemeldNietMeerOp) {
    return (
      <>
        <h1>Bedankt voor uw melding</h1>
        <Alert type="ok" role="status">
          {sp.gemeld ? "" : "Dit was al gemeld. "}U heeft gemeld dat <strong>{item.naam}</strong> niet meer bestaat (op {datum(item.gemeldNietMeerOp)}). Een medewerker van de
          gemeente haalt het van de sociale kaart.
        </Alert>
        <p>
          <Link href="/kaart">Naar de sociale kaart</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Bestaat {item.naam} niet meer?</h1>
      <p className="text-xl">
        Klopt het dat <Link href={item.href}>{item.naam}</Link> niet meer bestaat? Bevestig het hieronder. Een medewerker van de gemeente haalt het
        daarna van de sociale kaart. Er wordt nog niets verwijderd.
      </p>
      <NietMeerForm token={token} naam={item.naam} />
      <p>
        Bestaat het wel, maar klopt er iets niet? <Link href={item.href}>Ga terug</Link> en pas het aan.
      </p>
    </>
  );
}

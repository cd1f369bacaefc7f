import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireUserPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { leesGeluktVraag } from "@/lib/data/hulpvragen";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { beantwoordGeluktAction } from "../../actions";

export const metadata: Metadata = { title: "Is het gelukt?" };

type Props = { params: Promise<{ id: string }> };

/** The link in the "Is het gelukt?" e-mail: only the requester, signed in, can answer. */
export default async function GeluktPage({ params }: Props) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireUserPage(`/mijn/hulpvragen/${id}/gelukt`);
  const v = await metToegang("eigen", leesGeluktVraag(user, id));
  return (
    <>
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/hulpvragen", label: "Mijn hulpvragen" }, { href: `/mijn/hulpvragen/${id}`, label: v.titel }, { label: "Is het gelukt?" }]} />
      <h1>Is het gelukt?</h1>
      <p>
        U nam hulp aan voor uw hulpvraag <strong>{v.titel}</strong>. Is het gelukt?
      </p>
      {v.gelukt !== null ? <Alert type="ok">U heeft al geantwoord: {v.gelukt ? "ja, het is gelukt" : "nee, het is niet gelukt"}.</Alert> : null}
      {v.magAntwoorden ? (
        <>
          <p>Zegt u ja? Dan sluiten we uw hulpvraag. Zo zien we hoe vaak buren elkaar helpen in uw wijk.</p>
          <ActionButton action={beantwoordGeluktAction} fields={{ id, antwoord: "ja" }} label="Ja, het is gelukt" />
          <ActionButton action={beantwoordGeluktAction} fields={{ id, antwoord: "nee" }} label="Nee, het is niet gelukt" variant="secondary" />
        </>
      ) : (
        <p>U kunt deze vraag beantwoorden als u hulp heeft aangenomen.</p>
      )}
      <p>
        <Link href={`/mijn/hulpvragen/${id}`}>Terug naar uw hulpvraag</Link>
      </p>
    </>
  );
}

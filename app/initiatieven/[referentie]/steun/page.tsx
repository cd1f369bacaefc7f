import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { leesPubliekInitiatief } from "@/lib/data/initiatief/publiek";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { SteunBevestigForm } from "../forms";

export const metadata: Metadata = { title: "Bevestig uw steun", robots: { index: false } };

/** Opened from the link in the confirmation mail; the button (a POST) confirms, so a link scanner does not. */
export default async function SteunBevestigPage({ params, searchParams }: { params: Promise<{ referentie: string }>; searchParams: Promise<{ token?: string }> }) {
  const { referentie } = await routeParams(params, { referentie: "referentie" });
  const { token } = await searchParams;
  const i = await leesPubliekInitiatief(referentie);
  if (!i) notFound();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: `/initiatieven/${i.referentie}`, label: i.titel }, { label: "Bevestig uw steun" }]} />
      <h1>Bevestig uw steun</h1>
      {token ? (
        <>
          <p>U wilt het initiatief &quot;{i.titel}&quot; steunen. Klik op de knop om dat te bevestigen.</p>
          <SteunBevestigForm referentie={i.referentie} token={token} />
        </>
      ) : (
        <Alert type="error">Deze link is niet compleet. Open de link uit de e-mail opnieuw, of vraag op de pagina van het initiatief een nieuwe aan.</Alert>
      )}
    </div>
  );
}

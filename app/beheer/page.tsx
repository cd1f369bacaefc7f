import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { hasPermission, ROL_NAMEN } from "@/lib/auth/permissions";
import { leesDashboard } from "@/lib/data/beheer";
import { instellingen } from "@/lib/instellingen";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Beheer" };

export default async function BeheerPage() {
  const user = await requireStaffPage("/beheer");
  const [d, inst] = await Promise.all([leesDashboard(user), instellingen()]);
  const tiles = [
    hasPermission(user, "initiatief:review") && { href: "/beheer/initiatieven", title: "Initiatieven beoordelen", text: `${d.teBeoordelen} wachten op een reactie.` },
    hasPermission(user, "overzicht:view") && { href: "/beheer/overzicht", title: "Overzicht per wijk", text: "Aanvragen, bedragen en doorlooptijden per wijk, naast de wijkcijfers." },
    (hasPermission(user, "plek:moderate:own") || hasPermission(user, "plek:moderate:any")) && { href: "/beheer/suggesties", title: "Voorstellen voor de kaart", text: `${d.suggesties} nieuwe voorstellen van inwoners.` },
    (hasPermission(user, "kaart:edit:own") || hasPermission(user, "kaart:edit:any")) && { href: "/beheer/kaart", title: "Sociale kaart bijhouden", text: "Plekken en activiteiten toevoegen, wijzigen en archiveren, met vaste roosters." },
    (hasPermission(user, "agenda:edit:own") || hasPermission(user, "agenda:edit:any")) && { href: "/beheer/wijken", title: "Sociale agenda, signalen en verhalen", text: `${d.signalen} nieuwe signalen, ${d.verhalen} verhalen om te bekijken.` },
    (hasPermission(user, "hulpvraag:namens:own") || hasPermission(user, "hulpvraag:namens:any")) && { href: "/beheer/keukentafel", title: "Aan de keukentafel", text: "Een hulpvraag of initiatief invullen samen met een inwoner die dat niet online kan of wil doen." },
    hasPermission(user, "vacature:publish") && { href: "/beheer/vacatures", title: "Vacatures en meldingen", text: `${d.meldingen} open meldingen.` },
    hasPermission(user, "gebruikers:manage") && { href: "/beheer/gebruikers", title: "Gebruikers", text: "Medewerkers uitnodigen, rollen en wijken toewijzen, accounts uitzetten." },
    hasPermission(user, "instellingen:manage") && { href: "/beheer/instellingen", title: "Instellingen", text: "Naam van de gemeente, contactgegevens, bedragen en termijnen." },
    hasPermission(user, "huisstijl:manage") && { href: "/beheer/huisstijl", title: "Huisstijl", text: "Kleuren en logo van de gemeente op deze website." },
    hasPermission(user, "wijken:manage") && { href: "/beheer/gebieden", title: "Gebieden", text: "Wijken, dorpen en buurten, de CBS-grenzen en de wijkraden." },
    hasPermission(user, "gebruikers:manage") && { href: "/beheer/taken", title: "Geplande taken", text: "Herinneringen en opruimtaken: wat liep en wat misging." },
    (hasPermission(user, "versheid:view:own") || hasPermission(user, "versheid:view:any")) && { href: "/beheer/versheid", title: "Versheid van de kaart", text: "Wat is lang niet gecontroleerd, en per wijk hoeveel er nog klopt." },
    hasPermission(user, "kaart:edit:any") && { href: "/beheer/organisaties", title: "Aanbieders", text: "Organisaties en hun leden, die zelf hun plekken en activiteiten bijhouden." },
    hasPermission(user, "plek:moderate:any") && { href: "/beheer/kaart-import", title: "Sociale kaart inlezen", text: "Een bestaande sociale kaart inlezen als CSV of Open Referral HSDS." },
    hasPermission(user, "categorieen:manage") && { href: "/beheer/categorieen", title: "Categorieën", text: "De soorten plekken op de sociale kaart: naam, kleur en icoon." },
  ].filter(Boolean) as { href: string; title: string; text: string }[];
  return (
    <>
      <h1>Beheer</h1>
      <p className="text-xl">
        Welkom, {user.naam ?? user.email}. U bent ingelogd als <strong>{ROL_NAMEN[user.rol].toLowerCase()}</strong>
        {d.wijken.length ? <> voor {d.wijken.join(", ")}</> : null}.
      </p>
      {!inst.naamIngesteld && hasPermission(user, "instellingen:manage") ? (
        <Alert type="warning" role="status">
          De naam van de gemeente is nog niet ingesteld. <Link href="/beheer/instellingen">Vul eerst de instellingen in</Link>.
        </Alert>
      ) : null}
      <p>
        <Link href="/beheer/account">Mijn account en beveiliging</Link> (tweestapsverificatie en herstelcodes)
      </p>
      <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
        {tiles.map((t) => (
          <Card as="li" key={t.href}>
            <h2 className="mt-0 text-[1.2rem]">
              <Link href={t.href}>{t.title}</Link>
            </h2>
            <p>{t.text}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}

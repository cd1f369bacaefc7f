import type { Metadata } from "next";
import "./globals.css";
import { currentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { ContactGegevens } from "@/components/layout/contact-gegevens";
import { huidigeHuisstijl } from "@/lib/data/huisstijl";
import { huisstijlVersie } from "@/lib/huisstijl";
import { PageHeader } from "@/components/ui/page-header";
import { PageFooter } from "@/components/ui/page-footer";
import { SkipLink } from "@/components/ui/skip-link";
import { buttonClass } from "@/components/ui/classes";
import Link from "next/link";
import { logoutAction } from "@/app/inloggen/actions";
import { zonderStatus } from "@/lib/actions";
import { instellingen } from "@/lib/instellingen";

// Every page reads the session or live data: never prerender at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const naam = (await instellingen()).gemeenteNaam;
  return {
    title: { default: `Sociale Basis ${naam}`, template: `%s | Sociale Basis ${naam}` },
    description: "Vind ontmoetingsplekken, activiteiten en initiatieven in uw wijk. Start zelf een initiatief of help een buur.",
    manifest: "/manifest.webmanifest",
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }, { url: "/favicon.ico", sizes: "48x48" }], apple: "/apple-touch-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, huisstijl, inst] = await Promise.all([currentUser(), huidigeHuisstijl(), instellingen()]);
  const items = [
    { href: "/kaart", label: "Sociale kaart" },
    { href: "/activiteiten", label: "Activiteiten" },
    { href: "/wijken", label: "Wijken en dorpen" },
    { href: "/initiatief", label: "Initiatief starten" },
    { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" },
    ...(user ? [{ href: "/mijn", label: "Mijn pagina" }] : []),
    ...(isStaff(user) ? [{ href: "/beheer", label: "Beheer" }] : []),
  ];
  const account = user ? (
    <form action={zonderStatus(logoutAction)} className="flex flex-wrap items-center gap-3">
      <span>
        Ingelogd als <strong>{user.naam ?? user.email}</strong>
      </span>
      <button type="submit" className={buttonClass("secondary", true)}>
        Uitloggen
      </button>
    </form>
  ) : (
    <Link href="/inloggen">Inloggen</Link>
  );
  const accountMenu = user ? (
    <form action={zonderStatus(logoutAction)} className="flex flex-wrap items-center gap-3">
      <span>
        U bent ingelogd: <strong>{user.naam ?? user.email}</strong>
      </span>
      <button type="submit" className={buttonClass("secondary", true)}>
        Uitloggen
      </button>
    </form>
  ) : (
    <Link href="/inloggen">Inloggen</Link>
  );
  return (
    <html lang="nl" className={`thema-${huisstijl.thema}`}>
      <head>
        {/* The beheerder's colours as a stylesheet (no inline style: CSP style-src 'self' is enough). */}
        <link rel="stylesheet" href={`/huisstijl.css?v=${huisstijlVersie(huisstijl)}`} />
      </head>
      <body>
        <SkipLink href="#inhoud">Direct naar de inhoud</SkipLink>
        <PageHeader titel={`Sociale Basis ${inst.gemeenteNaam}`} logoUrl={huisstijl.logoUrl} logoAlt={`Gemeente ${inst.gemeenteNaam}`} items={items} account={account} accountMenu={accountMenu} />
        <main id="inhoud" tabIndex={-1} className="mx-auto max-w-6xl px-4">
          {children}
        </main>
        <PageFooter gemeente={inst.gemeenteNaam}>
          <ContactGegevens inst={inst} />
        </PageFooter>
      </body>
    </html>
  );
}

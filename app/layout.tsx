import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { currentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { SiteNav } from "@/components/layout/site-nav";
import { ContactGegevens } from "@/components/layout/contact-gegevens";
import { logout } from "@/app/inloggen/actions";
import { instellingen } from "@/lib/instellingen";

// Every page reads the session or live data: never prerender at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const naam = (await instellingen()).gemeenteNaam;
  return {
    title: { default: `Sociale Basis ${naam}`, template: `%s | Sociale Basis ${naam}` },
    description: "Vind ontmoetingsplekken, activiteiten en initiatieven in uw wijk. Start zelf een initiatief of help een buur.",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [user, inst] = await Promise.all([currentUser(), instellingen()]);
  const items = [
    { href: "/kaart", label: "Sociale kaart" },
    { href: "/wijken", label: "Wijken en dorpen" },
    { href: "/initiatief", label: "Initiatief starten" },
    { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" },
    ...(user ? [{ href: "/mijn", label: "Mijn pagina" }] : []),
    ...(isStaff(user) ? [{ href: "/beheer", label: "Beheer" }] : []),
  ];
  return (
    <html lang="nl">
      <body>
        <a href="#inhoud" className="skip-link">
          Direct naar de inhoud
        </a>
        <header className="site-header">
          <div className="container-page site-header__top" style={{ padding: "0.75rem 1rem" }}>
            <Link href="/" className="site-logo">
              Sociale Basis {inst.gemeenteNaam}
            </Link>
            <div>
              {user ? (
                <form action={logout} className="flex items-center gap-3">
                  <span>
                    Ingelogd als <strong>{user.naam ?? user.email}</strong>
                  </span>
                  <button type="submit" className="button button--secondary" style={{ padding: "0.2rem 0.7rem" }}>
                    Uitloggen
                  </button>
                </form>
              ) : (
                <Link href="/inloggen">Inloggen</Link>
              )}
            </div>
          </div>
          <div className="container-page">
            <SiteNav items={items} />
          </div>
        </header>
        <main id="inhoud" tabIndex={-1} className="container-page">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container-page">
            <h2 className="sr-only">Over deze website</h2>
            <ul>
              <li>
                <Link href="/privacy">Privacyverklaring</Link>
              </li>
              <li>
                <Link href="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
              </li>
              <li>
                <Link href="/contact">Contact</Link>
              </li>
            </ul>
            <p>
              Een website van de gemeente {inst.gemeenteNaam}, samen met inwoners, vrijwilligers en opbouwwerkers.
            </p>
            <ContactGegevens inst={inst} />
          </div>
        </footer>
      </body>
    </html>
  );
}

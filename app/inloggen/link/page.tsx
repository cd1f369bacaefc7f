import type { Metadata } from "next";
import Link from "next/link";
import { RedeemLinkForm } from "../forms";
import { safeReturnPath } from "@/lib/auth/login";

export const metadata: Metadata = { title: "Inloggen met uw link" };

// The link only shows a button: the token is used by a POST, so e-mail scanners that open links
// do not use it up.
export default async function LinkPage({ searchParams }: { searchParams: Promise<{ email?: string; token?: string; terug?: string }> }) {
  const { email, token, terug } = await searchParams;
  if (!email || !token) {
    return (
      <div className="max-w-3xl">
        <h1>Deze link is niet compleet</h1>
        <p>
          Kopieer de hele link uit de e-mail, of <Link href="/inloggen">vraag een nieuwe link aan</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1>Inloggen met uw link</h1>
      <p>Klik op de knop om in te loggen.</p>
      <RedeemLinkForm email={email} token={token} terug={safeReturnPath(terug)} />
    </div>
  );
}

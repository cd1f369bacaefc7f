import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { readPendingSetup } from "@/lib/auth/tweede-stap";
import { CodeForm } from "@/components/tweestaps/code-form";
import { TweestapsInstellen } from "@/components/tweestaps/instellen";
import { confirmTotpSetup } from "../actions";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

export default async function AccountInstellenPage() {
  const user = await requireStaffPage("/beheer/account");
  const pending = await readPendingSetup(user.id);
  if (!pending) {
    return (
      <div className="max-w-3xl">
        <h1>Tweestapsverificatie instellen</h1>
        <p>Het instellen is verlopen of nog niet begonnen.</p>
        <p>
          <Link href="/beheer/account">Terug naar mijn account</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1>Tweestapsverificatie instellen</h1>
      <TweestapsInstellen email={user.email} geheim={pending.geheim} codes={pending.codes} />
      <h2>Stap 3. Controleer de code</h2>
      <CodeForm action={confirmTotpSetup} id="code" knop="Instellen" hint="Vul de 6 cijfers in die de app nu laat zien voor Sociale Basis." />
      <p className="mt-6">
        <Link href="/beheer/account">Annuleren</Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { loadSessionUser } from "@/lib/auth/login";
import { readPendingLogin } from "@/lib/auth/tweede-stap";
import { VerlopenInlogpoging } from "../verlopen";
import { CodeForm } from "@/components/tweestaps/code-form";
import { TweestapsInstellen } from "@/components/tweestaps/instellen";
import { confirmEnrollment } from "../tweede-stap/actions";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

export default async function TweestapsInstellenPage() {
  const pending = await readPendingLogin();
  const user = pending?.fase === "instellen" ? await loadSessionUser(pending.uid) : null;
  if (!pending || !user || !pending.geheim || !pending.codes) {
    return <VerlopenInlogpoging titel="Tweestapsverificatie instellen" />;
  }
  return (
    <div className="max-w-3xl">
      <h1>Tweestapsverificatie instellen</h1>
      <p className="text-xl">
        Uw wachtwoord klopt. Voor uw rol is een tweede stap verplicht: bij elke keer inloggen vult u ook een code in uit een
        app op uw telefoon. Zo kan niemand inloggen met alleen uw wachtwoord.
      </p>
      <TweestapsInstellen email={user.email} geheim={pending.geheim} codes={pending.codes} />
      <h2>Stap 3. Controleer de code</h2>
      <CodeForm action={confirmEnrollment} id="code" knop="Instellen en inloggen" hint="Vul de 6 cijfers in die de app nu laat zien voor Sociale Basis." />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Uw account is verwijderd" };

export default function AccountVerwijderdPage() {
  return (
    <div className="max-w-3xl">
      <h1>Uw account is verwijderd</h1>
      <p>
        We hebben uw account en uw gegevens verwijderd. Wat openbaar blijft, staat er zonder uw naam en contactgegevens.
        U bent uitgelogd.
      </p>
      <p>
        <Link href="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Contact" };

export default function ContactPage() {
  return (
    <div className="max-w-3xl [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6">
      <h1>Contact</h1>
      <p>
        Heeft u een vraag over de sociale basis, een initiatief of deze website? Neem contact op met de gemeente{" "}
        {env().GEMEENTE_NAAM}. Bel 14 0416 (op werkdagen van 8.30 tot 17.00 uur) of vraag het aan de opbouwwerker in uw
        wijk. Die vindt u op de pagina van uw wijk.
      </p>
    </div>
  );
}

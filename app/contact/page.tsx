import type { Metadata } from "next";
import { instellingen } from "@/lib/instellingen";
import { ContactGegevens } from "@/components/layout/contact-gegevens";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage() {
  const inst = await instellingen();
  return (
    <div className="max-w-3xl [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6">
      <h1>Contact</h1>
      <p>
        Heeft u een vraag over de sociale basis, een initiatief of deze website? Neem contact op met de gemeente {inst.gemeenteNaam}, of vraag
        het aan de opbouwwerker in uw wijk. Die vindt u op de pagina van uw wijk.
      </p>
      <h2>Gemeente {inst.gemeenteNaam}</h2>
      <ContactGegevens inst={inst} />
    </div>
  );
}

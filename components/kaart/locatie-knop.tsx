"use client";
import { buttonClass, formDescriptionClass, formFieldClass } from "@/components/ui/classes";
/** 'Gebruik mijn locatie': fills lat/lng into the URL from the browser's location (progressive enhancement). */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useIsClient } from "./use-client";

export function LocatieKnop({ formId }: { formId: string }) {
  const client = useIsClient();
  const router = useRouter();
  const [melding, setMelding] = useState("");
  if (!client || !("geolocation" in navigator)) return null;

  function gebruik() {
    setMelding("Uw locatie wordt opgevraagd…");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const form = document.getElementById(formId) as HTMLFormElement | null;
        const sp = new URLSearchParams();
        if (form) {
          for (const [k, v] of new FormData(form).entries()) {
            if (typeof v === "string" && v !== "" && !["lat", "lng", "postcode", "pagina"].includes(k)) sp.append(k, v);
          }
        }
        sp.set("lat", pos.coords.latitude.toFixed(3));
        sp.set("lng", pos.coords.longitude.toFixed(3));
        router.push(`/kaart?${sp.toString()}`);
      },
      () => setMelding("Uw locatie is niet beschikbaar. Vul een postcode in."),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }
  return (
    <div className={formFieldClass()}>
      <button type="button" className={buttonClass("secondary")} onClick={gebruik}>
        Gebruik mijn locatie
      </button>
      <p className={formDescriptionClass} role="status">
        {melding}
      </p>
    </div>
  );
}

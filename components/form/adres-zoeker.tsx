"use client";
/**
 * The "Zoek adres" button for a form with an address and coordinates. Without JavaScript it submits
 * the form with GET to `pad` (the page fills the fields, see lib/pdok/adres-formulier.ts); with
 * JavaScript it asks /api/adres and fills postcode, lat and lng in place. Put it right after the
 * address field, inside the form.
 */
import { useState, type MouseEvent } from "react";
import type { ActionState } from "@/lib/actions";
import { buttonClass } from "@/components/ui/classes";

export function AdresZoeker(props: { pad: string; state?: ActionState; velden?: { adres: string; postcode?: string; lat?: string; lng?: string } }) {
  const velden = props.velden ?? { adres: "adres", postcode: "postcode", lat: "lat", lng: "lng" };
  const beginMelding = props.state?.ok && props.state.message?.startsWith("Adres gevonden") ? props.state.message : "";
  const [melding, setMelding] = useState(beginMelding);
  const [fout, setFout] = useState(false);
  const [bezig, setBezig] = useState(false);

  async function zoek(e: MouseEvent<HTMLButtonElement>) {
    const form = e.currentTarget.form;
    if (!form) return;
    e.preventDefault();
    const veld = (naam?: string) => (naam ? (form.elements.namedItem(naam) as HTMLInputElement | null) : null);
    const q = veld(velden.adres)?.value ?? "";
    setBezig(true);
    setMelding("Bezig met zoeken…");
    setFout(false);
    try {
      const res = await fetch(`/api/adres?q=${encodeURIComponent(q)}`, { headers: { Accept: "application/json" } });
      const body = (await res.json()) as { ok: boolean; melding: string; velden?: Record<string, string> };
      if (body.ok && body.velden) {
        for (const [naam, waarde] of Object.entries(body.velden)) {
          const el = veld(naam);
          if (el) el.value = waarde;
        }
      }
      setFout(!body.ok);
      setMelding(body.melding);
    } catch {
      setFout(true);
      setMelding("Het zoeken lukte niet. Controleer uw verbinding en probeer het opnieuw, of vul de gegevens zelf in.");
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="mb-6">
      <button type="submit" name="adresZoeken" value="1" formAction={props.pad} formMethod="get" formNoValidate onClick={zoek} disabled={bezig} className={buttonClass("secondary")}>
        Zoek adres
      </button>
      <p role="status" aria-live="polite" className={fout ? "mt-2 font-bold text-red-800" : "mt-2"}>
        {melding}
      </p>
    </div>
  );
}

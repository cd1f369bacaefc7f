/**
 * Address lookup for forms with JavaScript (components/form/adres-zoeker.tsx): GET /api/adres?q=...
 * -> { ok: true, adres, velden, melding } or { ok: false, melding } (Dutch). Through the PDOK
 * Locatieserver with the database cache (lib/pdok/locatieserver.ts). Public address data only; a
 * named rate limit per client address protects the service. An unreachable service is a 200 with
 * ok: false and the Dutch message, so the form shows it and stays usable.
 */
import { clientIp } from "@/lib/request";
import { hitRateLimit } from "@/lib/rate-limit";
import { isAppError } from "@/lib/errors";
import { zoekAdres } from "@/lib/pdok/locatieserver";
import { adresGevondenTekst, adresVeldwaarden } from "@/lib/pdok/adres-formulier";

export const dynamic = "force-dynamic";

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  try {
    await hitRateLimit(`adres:${await clientIp()}`, { max: 120, windowSeconds: 600 });
  } catch (e) {
    if (isAppError(e)) return json({ ok: false, melding: e.message }, e.status);
    throw e;
  }
  const r = await zoekAdres(q);
  if (!r.ok) return json({ ok: false, reden: r.reden, melding: r.melding });
  return json({ ok: true, adres: r.adres, velden: adresVeldwaarden(r.adres), melding: adresGevondenTekst(r.adres) });
}

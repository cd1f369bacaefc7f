/**
 * 410 Gone for an archived plek or activiteit (the detail pages send an archived item's URL here;
 * a page cannot answer 410 itself). A small, complete Dutch page without scripts: what happened and
 * similar places nearby, nearest first. Anything not archived goes back to its detail page (or 404).
 */
import { leesVerdwenen, type VerdwenenSoort } from "@/lib/data/kaart/verdwenen";
import { instellingen } from "@/lib/instellingen";
import { afstand } from "@/lib/format";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export async function GET(_req: Request, { params }: { params: Promise<{ soort: string; slug: string }> }) {
  const { soort, slug } = await params;
  if ((soort !== "plek" && soort !== "activiteit") || !/^[a-z0-9-]{1,200}$/.test(slug)) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const v = await leesVerdwenen(soort as VerdwenenSoort, slug);
  if (!v) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const gemeente = (await instellingen()).gemeenteNaam;
  const titel = soort === "plek" ? "Deze plek bestaat niet meer" : "Deze activiteit bestaat niet meer";
  const lijst = v.vergelijkbaar.length
    ? `<h2>Vergelijkbare plekken in de buurt</h2><ul>${v.vergelijkbaar
        .map((p) => `<li><a href="/kaart/plek/${esc(p.slug)}">${esc(p.naam)}</a> (${esc(p.categorie)}, ${esc(afstand(p.afstandKm))})</li>`)
        .join("")}</ul>`
    : "<p>Er staan geen vergelijkbare plekken in de buurt op de kaart.</p>";
  const html = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel} - Sociale kaart ${esc(gemeente)}</title><meta name="robots" content="noindex">
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a}header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}header{border-bottom:1px solid #ccc}a{color:#00577a}h1{font-size:1.8rem}</style>
</head><body>
<header><a href="/">Sociale basis ${esc(gemeente)}</a></header>
<main id="inhoud">
<h1>${titel}</h1>
<p>&ldquo;${esc(v.naam)}&rdquo; staat niet meer op de sociale kaart. Het is gestopt of verhuisd.</p>
${lijst}
<p><a href="/kaart">Zoek verder op de sociale kaart</a></p>
</main>
<footer><p>Gemeente ${esc(gemeente)}</p></footer>
</body></html>`;
  return new Response(html, { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

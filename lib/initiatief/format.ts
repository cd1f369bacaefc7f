/** Dutch formatting helpers (safe for client components). */
export function euro(bedrag: number | null | undefined): string {
  if (bedrag === null || bedrag === undefined) return "–";
  return `€ ${bedrag.toLocaleString("nl-NL", { maximumFractionDigits: 0 })}`;
}

export function datum(d: Date | string | null | undefined): string {
  if (!d) return "–";
  return new Date(d).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
}

export function datumTijd(d: Date | string | null | undefined): string {
  if (!d) return "–";
  return new Date(d).toLocaleString("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });
}

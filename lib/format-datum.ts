/** Dates in Dutch, in the municipality's time zone: "3 maart 2026". */
const fmt = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

export function datum(d: Date): string {
  return fmt.format(d);
}

/** /api/agenda/activiteit/<slug>.ics: one public activity as an iCalendar file ("Zet in mijn agenda" on /activiteiten). */
import { activiteitFeed } from "@/lib/data/open-data";
import { icalAntwoord } from "@/lib/open-data/ical-antwoord";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const m = /^([a-z0-9][a-z0-9-]{0,159})\.ics$/.exec((await params).slug);
  if (!m) return icalAntwoord(null, "");
  return icalAntwoord(await activiteitFeed(m[1]), `${m[1]}.ics`, true);
}

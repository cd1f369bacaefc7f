/** /api/agenda/wijk/<slug>.ics: the public activities of a wijk as an iCalendar feed (subscribe in a phone's calendar). */
import { activiteitenFeedVoorWijk } from "@/lib/data/open-data";
import { icalAntwoord } from "@/lib/open-data/ical-antwoord";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const m = /^([a-z0-9][a-z0-9-]{0,99})\.ics$/.exec((await params).slug);
  if (!m) return icalAntwoord(null, "");
  return icalAntwoord(await activiteitenFeedVoorWijk(m[1]), `${m[1]}.ics`);
}

/** /api/agenda/plek/<id>.ics: the public activities at a plek as an iCalendar feed. */
import { activiteitenFeedVoorPlek } from "@/lib/data/open-data";
import { icalAntwoord } from "@/lib/open-data/ical-antwoord";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const m = /^([a-z0-9]{1,40})\.ics$/.exec((await params).id);
  if (!m) return icalAntwoord(null, "");
  return icalAntwoord(await activiteitenFeedVoorPlek(m[1]), `plek-${m[1]}.ics`);
}

/** The HTTP answer for an iCalendar feed (shared by the wijk and plek routes). */
import { env } from "../env.ts";
import { ICAL_CONTENT_TYPE, maakAgenda, type FeedActiviteit } from "./ical.ts";
import { instellingen } from "../instellingen.ts";

/** `bijlage`: a file to save ("Zet in mijn agenda" for one activity) instead of a feed to subscribe to. */
export async function icalAntwoord(feed: { naam: string; url: string; activiteiten: FeedActiviteit[] } | null, bestand: string, bijlage = false): Promise<Response> {
  if (!feed) return new Response("Deze agenda bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = maakAgenda({
    naam: feed.naam,
    beschrijving: `${feed.naam}, uit de sociale kaart van ${(await instellingen()).gemeenteNaam}.`,
    url: feed.url,
    host: new URL(env().APP_URL).host,
    activiteiten: feed.activiteiten,
  });
  return new Response(body, {
    headers: {
      "Content-Type": ICAL_CONTENT_TYPE,
      "Content-Disposition": `${bijlage ? "attachment" : "inline"}; filename="${bestand}"`,
      // Public data: calendar apps poll; a few minutes of caching is fine.
      "Cache-Control": "public, max-age=300",
    },
  });
}

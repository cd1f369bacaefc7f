/**
 * iCalendar (RFC 5545) for the public activity feeds (/api/agenda/wijk/<slug>.ics, /api/agenda/plek/<id>.ics),
 * made with ical-generator. Times are written in Europe/Amsterdam (DTSTART;TZID=Europe/Amsterdam plus a
 * VTIMEZONE), so a weekly activity at 10:00 stays at 10:00 across the change to summer time.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { DateTime } from "luxon";

const TZ = "Europe/Amsterdam";

export interface FeedActiviteit {
  id: string;
  titel: string;
  beschrijving: string;
  start: Date;
  /** Without an end the event lasts one hour. */
  eind: Date | null;
  locatie: string | null;
  url: string;
  gewijzigd: Date;
  /** RFC 5545 recurrence rule without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=TU" (when activities get schedules). */
  rrule?: string | null;
  /** Cancelled times of the rule (EXDATE), as the original start instants. */
  exdates?: Date[];
  /** Moved times: an extra VEVENT with the same UID and RECURRENCE-ID = the original start. */
  verplaatst?: { recurrenceId: Date; start: Date; eind: Date }[];
}

/** "RRULE:..." plus an EXDATE line in local time (TZID), as ical-generator writes a string rule as it is. */
function herhaling(rrule: string, exdates: Date[]): string {
  const lokaal = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toFormat("yyyyLLdd'T'HHmmss");
  const regels = [`RRULE:${rrule}`];
  if (exdates.length) regels.push(`EXDATE;TZID=${TZ}:${exdates.map(lokaal).join(",")}`);
  return regels.join("\n");
}

export const ICAL_CONTENT_TYPE = "text/calendar; charset=utf-8";

export function maakAgenda(o: { naam: string; beschrijving: string; url: string; host: string; activiteiten: FeedActiviteit[] }): string {
  const cal = ical({
    name: o.naam,
    description: o.beschrijving,
    url: o.url,
    prodId: { company: "Sociale Basis portaal", product: "activiteiten", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: TZ, generator: getVtimezoneComponent },
    ttl: 60 * 60 * 6,
  });
  const inTz = (d: Date) => DateTime.fromJSDate(d, { zone: TZ });
  for (const a of o.activiteiten) {
    const eind = a.eind && a.eind > a.start ? a.eind : new Date(a.start.getTime() + 3600_000);
    cal.createEvent({
      id: `activiteit-${a.id}@${o.host}`,
      start: inTz(a.start),
      end: inTz(eind),
      timezone: TZ,
      stamp: inTz(a.gewijzigd),
      lastModified: inTz(a.gewijzigd),
      summary: a.titel,
      description: a.beschrijving ? `${a.beschrijving}\n\nMeer informatie: ${a.url}` : `Meer informatie: ${a.url}`,
      location: a.locatie ?? undefined,
      url: a.url,
      ...(a.rrule ? { repeating: herhaling(a.rrule, [...(a.exdates ?? [])]) } : {}),
    });
    for (const v of a.rrule ? (a.verplaatst ?? []) : []) {
      cal.createEvent({
        id: `activiteit-${a.id}@${o.host}`,
        recurrenceId: inTz(v.recurrenceId),
        start: inTz(v.start),
        end: inTz(v.eind),
        timezone: TZ,
        stamp: inTz(a.gewijzigd),
        lastModified: inTz(a.gewijzigd),
        summary: a.titel,
        description: `Deze keer op een andere dag of tijd.\n\nMeer informatie: ${a.url}`,
        location: a.locatie ?? undefined,
        url: a.url,
      });
    }
  }
  return cal.toString();
}

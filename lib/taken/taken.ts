/**
 * The app's scheduled jobs. Add a job here (name, Dutch description, planning, handler); the runner
 * (lib/taken/runner.ts) started with the app (instrumentation.ts) runs it once per period.
 */
import { voerBewaartermijnenUit } from "../bewaartermijnen-job.ts";
import { stuurGeluktVragen } from "../burenhulp/gelukt.ts";
import { ruimLocatieCacheOp } from "../pdok/locatieserver.ts";
import { stuurVersheidHerinneringen } from "../versheid/herinnering.ts";
import { stuurWijkDigests } from "../volgen/digest.ts";
import type { TaakDefinitie } from "./runner.ts";

export const TAKEN: TaakDefinitie[] = [
  {
    naam: "bewaartermijnen",
    omschrijving: "Gegevens na hun bewaartermijn verwijderen (elke nacht)",
    planning: { elke: "dag", vanafUur: 3 },
    maxPogingen: 5,
    uitvoeren: ({ db, nu }) => voerBewaartermijnenUit(db, nu),
  },
  {
    naam: "adrescache",
    omschrijving: "Verlopen antwoorden van het adressenregister (PDOK) uit de cache halen (elke nacht)",
    planning: { elke: "dag", vanafUur: 4 },
    uitvoeren: async ({ db, nu }) => ({ verwijderd: await ruimLocatieCacheOp(db, nu) }),
  },
  {
    naam: "versheid",
    omschrijving: "Herinnering aan opbouwwerkers: plekken en activiteiten controleren die lang niet gecontroleerd zijn (elke dag)",
    planning: { elke: "dag", vanafUur: 9 },
    uitvoeren: ({ db, nu }) => stuurVersheidHerinneringen(db, nu),
  },
  {
    naam: "wijkdigest",
    omschrijving: "Volg je wijk: wat er nieuw is in een wijk naar de volgers mailen (elke dag; per volger één keer per dag of per week)",
    planning: { elke: "dag", vanafUur: 7 },
    maxPogingen: 5,
    uitvoeren: ({ db, nu }) => stuurWijkDigests(db, nu),
  },
  {
    naam: "burenhulp-gelukt",
    omschrijving: "Burenhulp: de vrager 3 dagen na de afgesproken dag (of, zonder afspraak, na het aannemen van hulp) vragen of het gelukt is (elke dag, één keer per hulpvraag)",
    planning: { elke: "dag", vanafUur: 10 },
    uitvoeren: ({ db, nu }) => stuurGeluktVragen(db, nu),
  },
];

export const TAAK_OMSCHRIJVING: Record<string, string> = Object.fromEntries(TAKEN.map((t) => [t.naam, t.omschrijving]));

import { describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedDemo } from "../../prisma/seed-lib.ts";
import { leesWijkPagina, zoekWijkenOverzicht } from "../../lib/data/wijken.ts";

describe("wijk demo content", () => {
  it("seeds a published agenda, stories and a dorpsraad idempotently; the wijk page shows them with demo figures marked", async () => {
    await seedDemo(db);
    const counts = async () => [await db.socialeAgendaVersie.count(), await db.verhaal.count(), await db.signaal.count()];
    const first = await counts();
    expect(first).toEqual([2, 2, 1]);
    await seedDemo(db);
    expect(await counts()).toEqual(first);

    const p = await leesWijkPagina("centrum-drunen");
    expect(p!.agenda).toMatchObject({ versie: 1, auteurNaam: "Olga Opbouw" });
    expect(p!.agenda!.inhoud.themas.map((t) => t.titel)).toEqual(["Eenzaamheid onder ouderen", "Ontmoeten op de markt"]);
    expect(p!.verhalen.map((v) => v.auteurNaam)).toEqual(["Riet (81)"]);
    expect(p!.opbouwwerkers.map((o) => o.email)).toEqual(["opbouwwerker.drunen@heusden.example"]);
    expect(p!.cijfers.length).toBe(5);
    expect(p!.cijfers.every((c) => c.demo)).toBe(true);
    expect(p!.plekken.length).toBeGreaterThan(3);
    expect((await leesWijkPagina("elshout"))!.wijk.wijkraadNaam).toBe("Dorpsraad Elshout");
    expect(await leesWijkPagina("bestaat-niet")).toBeNull();
    const overzicht = await zoekWijkenOverzicht();
    expect(overzicht).toHaveLength(19);
    expect(overzicht.find((w) => w.slug === "vesting-heusden")!.agenda?.versie).toBe(1);
  }, 120_000);
});

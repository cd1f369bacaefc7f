import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedReference } from "../../prisma/seed-lib.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { importCijfers, bewaarCijfer } from "../../lib/data/cijfers.ts";
import { parseCijfersCsv } from "../../lib/import/cijfers-csv.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let ow: Actor;
let beheerder: Actor;
let inwoner: Actor;
let vesting: { id: string };
let herpt: { id: string };

beforeAll(async () => {
  await seedReference(db);
  vesting = await db.wijk.update({ where: { slug: "vesting-heusden" }, data: { cbsCode: "WK079701" } });
  herpt = await db.wijk.findUniqueOrThrow({ where: { slug: "herpt" } });
  ow = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [vesting.id, herpt.id] }), [vesting.id, herpt.id]);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
});


describe("CSV import of wijk figures", () => {
  it("rejects malformed rows with a clear message per row and imports nothing", async () => {
    const voor = await db.wijkCijfer.count();
    const csv = [
      "wijk;indicator;jaar;waarde;bron",
      "Vesting Heusden;Eenzaamheid;2024;12;GGD",
      "Herpt;Eenzaamheid;twintig;12;GGD",
      "Herpt;Eenzaamheid;2024;veel;GGD",
      "Nergenshuizen;Eenzaamheid;2024;3;GGD",
      "Herpt;;2024;3;",
      "Vesting Heusden;Eenzaamheid;2024;13;GGD",
      "Herpt;Eenzaamheid;2024",
    ].join("\n");
    const r = await importCijfers(ow, csv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fouten.map((f) => f.melding)).toEqual([
      'Regel 3: het jaar "twintig" is geen jaartal tussen 1990 en 2100.',
      'Regel 4: de waarde "veel" is geen getal.',
      'Regel 5: de wijk "Nergenshuizen" bestaat niet. Gebruik de naam of de CBS-wijkcode.',
      "Regel 6: de indicator ontbreekt; de bron ontbreekt.",
      "Regel 7: dit cijfer staat ook op regel 2.",
      'Regel 8: deze regel heeft 3 kolommen in plaats van 5; de bron ontbreekt; de waarde "" is geen getal.',
    ]);
    expect(await db.wijkCijfer.count()).toBe(voor);
  });

  it("a missing header is reported; quoted fields and a comma separator work", () => {
    expect(parseCijfersCsv("Herpt;x;2024;1;GGD").fouten[0].melding).toMatch(/Deze ontbreken: wijk, indicator, jaar, waarde, bron/);
    const r = parseCijfersCsv('wijk,indicator,jaar,waarde,bron\nHerpt,"Eenzaam, vaak",2024,7.5,"GGD ""monitor"""\n');
    expect(r.fouten).toEqual([]);
    expect(r.rijen[0]).toMatchObject({ indicator: "Eenzaam, vaak", waarde: 7.5, bron: 'GGD "monitor"' });
  });

  it("an opbouwwerker may only import figures for their own wijken: rows for other wijken are errors", async () => {
    const r = await importCijfers(ow, "wijk;indicator;jaar;waarde;bron\nHerpt;Eenzaamheid;2024;9;GGD\nCentrum-Drunen;Eenzaamheid;2024;9;GGD\n");
    expect(!r.ok && r.fouten.map((f) => f.melding)).toEqual(["Regel 3: u mag geen cijfers invoeren voor Centrum-Drunen; alleen voor de wijken waar u werkt."]);
    expect(await db.wijkCijfer.count({ where: { indicator: "Eenzaamheid" } })).toBe(0);
    await expect(importCijfers(inwoner, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importCijfers(null, "x")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("imports a valid file (wijk by name or CBS code) all at once; importing again updates the values", async () => {
    const r = await importCijfers(ow, readFileSync("tests/fixtures/cijfers.csv", "utf8"));
    expect(r).toEqual({ ok: true, aantal: 2 });
    expect(await db.wijkCijfer.findFirst({ where: { wijkId: vesting.id, indicator: "Sociale kracht (rapportcijfer)" }, select: { waarde: true, eenheid: true, demo: true, bron: true } })).toEqual({ waarde: 7.1, eenheid: "cijfer", demo: false, bron: "Monitor Sociale Kracht 2024" });
    const r2 = await importCijfers(beheerder, "wijk;indicator;jaar;waarde;bron\nWK079701;Sociale kracht (rapportcijfer);2024;7,3;MSK\nCentrum-Drunen;Eenzaamheid;2022;11;GGD\n");
    expect(r2).toEqual({ ok: true, aantal: 2 });
    expect((await db.wijkCijfer.findFirstOrThrow({ where: { wijkId: vesting.id, indicator: "Sociale kracht (rapportcijfer)" } })).waarde).toBe(7.3);
  });

  it("the import action lists every row error under the field and keeps the pasted text", async () => {
    const { importCsv, saveCijfer } = await import("../../app/beheer/wijken/actions.ts");
    actAs(ow);
    const csv = "wijk;indicator;jaar;waarde;bron\nHerpt;A;1800;1;X\nDoeveren;B;2024;1;X\n";
    const state = await importCsv(null, form({ wijk: "herpt", csv }));
    expect(state && !state.ok && state.message).toMatch(/Niets geïmporteerd: er zijn 2 fouten/);
    expect(state && !state.ok && state.fieldErrors.csv).toHaveLength(2);
    expect(state?.values?.csv).toBe(csv);
    expect(await expectRedirect(importCsv(null, form({ wijk: "herpt", csv: "wijk;indicator;jaar;waarde;bron\nHerpt;Buurtpreventie-app;2025;3;Wijkraad\n" })))).toContain("klaar=import&aantal=1");

    const bad = await saveCijfer(null, form({ wijk: "herpt", indicator: "", jaar: "tja", waarde: "x", bron: "" }));
    expect(bad && !bad.ok && Object.keys(bad.fieldErrors).sort()).toEqual(["bron", "indicator", "jaar", "waarde"]);
    await expectRedirect(saveCijfer(null, form({ wijk: "herpt", indicator: "Inwoners 75+", jaar: "2025", waarde: "12,5", eenheid: "%", bron: "CBS", demo: true })));
    expect(await db.wijkCijfer.findFirst({ where: { wijkId: herpt.id, indicator: "Inwoners 75+" }, select: { waarde: true, demo: true } })).toEqual({ waarde: 12.5, demo: true });
    actAs(inwoner);
    expect((await saveCijfer(null, form({ wijk: "herpt", indicator: "X", jaar: "2025", waarde: "1", bron: "Y" })))?.ok).toBe(false);
    const other = actorOf(await createUser(db, { rol: "OPBOUWWERKER" }), []);
    await expect(bewaarCijfer(other, "herpt", { indicator: "X", jaar: 2025, waarde: 1, eenheid: "", bron: "Y", demo: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

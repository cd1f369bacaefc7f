/**
 * PDOK Locatieserver client (lib/pdok/locatieserver.ts) against the local fake in the real response
 * format: parsing, the database cache (a second lookup with the fake stopped needs no network), and a
 * Dutch message when the service is unreachable or fails.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { MELDING_ONBEREIKBAAR, STORING_SECONDEN, parsePunt, ruimLocatieCacheOp, zoekAdres, zoekPlaatsOfPostcode } from "../../lib/pdok/locatieserver.ts";
import { adresZoekStaat } from "../../lib/pdok/adres-formulier.ts";
import { GET as adresRoute } from "../../app/api/adres/route.ts";
import { startLocatieserverFake, type LocatieserverFake } from "../support/locatieserver-fake.ts";

let fake: LocatieserverFake;
beforeAll(async () => {
  fake = await startLocatieserverFake();
  process.env.LOCATIESERVER_URL = fake.url;
  resetEnvForTests();
});
afterAll(async () => {
  await fake.close().catch(() => {});
});

describe("parsing the real format", () => {
  it("reads POINT(lon lat)", () => {
    expect(parsePunt("POINT(5.2151 51.6957)")).toEqual({ lat: 51.6957, lng: 5.2151 });
    expect(parsePunt("POINT(5 x)")).toBeNull();
    expect(parsePunt(undefined)).toBeNull();
  });

  it("zoekAdres: suggest + lookup give coordinates, postcode, woonplaats, wijk- and buurtcode", async () => {
    const r = await zoekAdres("Mr. van Coothstraat 10 Vlijmen");
    expect(r).toEqual({
      ok: true,
      adres: {
        id: "adr-0797200000000002",
        weergavenaam: "Mr. van Coothstraat 10, 5251HA Vlijmen",
        straat: "Mr. van Coothstraat",
        huisnummer: "10",
        postcode: "5251 HA",
        woonplaats: "Vlijmen",
        gemeente: "Heusden",
        gemeentecode: "GM0797",
        wijkcode: "WK079707",
        buurtcode: "BU07970700",
        lat: 51.6957,
        lng: 5.2151,
      },
    });
    expect(fake.paden.some((p) => p.includes("/suggest?") && p.includes("fq=type%3Aadres"))).toBe(true);
    expect(fake.paden.some((p) => p.includes("/lookup?id=adr-0797200000000002"))).toBe(true);
  });

  it("zoekAdres: unknown address and too short input give a Dutch message", async () => {
    expect(await zoekAdres("Nergensstraat 99 Nergenshuizen")).toMatchObject({ ok: false, reden: "niet-gevonden", melding: expect.stringContaining("We vinden geen adres") });
    expect(await zoekAdres("a")).toMatchObject({ ok: false, reden: "ongeldig" });
  });

  it("zoekPlaatsOfPostcode: six- and four-digit postcodes and place names anywhere", async () => {
    expect(await zoekPlaatsOfPostcode("5254 je")).toEqual({ ok: true, punt: { lat: 51.7118, lng: 5.1951, label: "postcode 5254 JE (Haarsteeg)", plaats: "Haarsteeg" } });
    const pc4 = await zoekPlaatsOfPostcode("5251");
    expect(pc4).toMatchObject({ ok: true, punt: { label: "postcode 5251 (Vlijmen)" } });
    if (pc4.ok) expect(pc4.punt.lat).toBeCloseTo((51.6957 + 51.6977) / 2, 6);
    expect(await zoekPlaatsOfPostcode("Vlijmen")).toEqual({ ok: true, punt: { lat: 51.6955, lng: 5.2147, label: "Vlijmen", plaats: "Vlijmen" } });
    expect(await zoekPlaatsOfPostcode("oss")).toMatchObject({ ok: true, punt: { label: "Oss" } });
    expect(await zoekPlaatsOfPostcode("9999 ZZ")).toMatchObject({ ok: false, reden: "niet-gevonden", melding: expect.stringContaining("9999 ZZ") });
    expect(await zoekPlaatsOfPostcode("12")).toMatchObject({ ok: false, reden: "ongeldig" });
  });
});

describe("Zoek adres in a form", () => {
  it("without JavaScript: the GET back to the page keeps every typed value and fills postcode, lat and lng", async () => {
    const st = await adresZoekStaat({ adresZoeken: "1", id: "abc", naam: "Buurthuis", adres: "Kerkstraat 2, Haarsteeg", lat: "", lng: "", $ACTION_ID_x: "" });
    expect(st).toEqual({
      ok: true,
      message: expect.stringContaining("Adres gevonden: Kerkstraat 2, 5254JE Haarsteeg (wijk WK079708, buurt BU07970800)"),
      values: { id: "abc", naam: "Buurthuis", adres: "Kerkstraat 2", postcode: "5254 JE", lat: "51,7118", lng: "5,1951" },
    });
    expect(await adresZoekStaat({ naam: "x" })).toBeNull();
    const fout = await adresZoekStaat({ adresZoeken: "1", adres: "Nergensstraat 1 Nergenshuizen", naam: "x" });
    expect(fout).toMatchObject({ ok: false, fieldErrors: { adres: [expect.stringContaining("We vinden geen adres")] }, values: { naam: "x" } });
  });

  it("with JavaScript: /api/adres answers JSON with the field values", async () => {
    const res = await adresRoute(new Request("http://localhost/api/adres?q=Vestingweg%201%2C%20Drunen"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, adres: { wijkcode: "WK079701", gemeentecode: "GM0797" }, velden: { postcode: "5151 HV", lat: "51,6857", lng: "5,1349" } });
    const nee = await adresRoute(new Request("http://localhost/api/adres?q=x"));
    expect(await nee.json()).toMatchObject({ ok: false, melding: expect.stringContaining("Vul een adres in") });
  });
});

describe("cache and failures", () => {
  it("a second lookup comes from the database: no request, even with the service down", async () => {
    const voor = fake.verzoeken;
    const eerst = await zoekAdres("Raadhuislaan 2 Oss");
    expect(eerst.ok).toBe(true);
    expect(fake.verzoeken).toBe(voor + 2); // suggest + lookup
    expect(await db.locatieserverCache.count()).toBeGreaterThan(0);

    fake.storing = true; // the service answers 503 from now on...
    expect(await zoekAdres("  Raadhuislaan   2  Oss ")).toEqual(eerst); // ...but this needs no network
    expect(await zoekPlaatsOfPostcode("Vlijmen")).toMatchObject({ ok: true });
    expect(fake.verzoeken).toBe(voor + 2);
  });

  it("the service failing (503) gives the Dutch message, not an exception", async () => {
    fake.storing = true;
    expect(await zoekAdres("Kerkstraat 2 Haarsteeg")).toEqual({ ok: false, reden: "onbereikbaar", melding: MELDING_ONBEREIKBAAR });
    // for STORING_SECONDEN after a failure the service is not asked again (no second wait for the time-out)
    const na = fake.verzoeken;
    expect(await zoekPlaatsOfPostcode("Drunen")).toEqual({ ok: false, reden: "onbereikbaar", melding: MELDING_ONBEREIKBAAR });
    expect(fake.verzoeken).toBe(na);
    expect(STORING_SECONDEN).toBe(30);
    fake.storing = false;
  });

  it("the fake stopped (connection refused): Dutch message; cached answers still work", async () => {
    await fake.close();
    expect(await zoekAdres("Vestingweg 1 Drunen")).toEqual({ ok: false, reden: "onbereikbaar", melding: MELDING_ONBEREIKBAAR });
    expect(MELDING_ONBEREIKBAAR).toMatch(/niet bereikbaar/);
    expect(await zoekAdres("Mr. van Coothstraat 10 Vlijmen")).toMatchObject({ ok: true, adres: { wijkcode: "WK079707" } });
  });

  it("expired cache rows are removed by the cleanup job", async () => {
    const n = await db.locatieserverCache.count();
    expect(await ruimLocatieCacheOp(db, new Date())).toBe(0);
    expect(await ruimLocatieCacheOp(db, new Date(Date.now() + 31 * 86_400_000))).toBe(n);
  });

  it("issue 15: a known answer is kept per process until its row expires (no query for it), then the service is asked again", async () => {
    fake = await startLocatieserverFake(); // the test above stopped the first one
    process.env.LOCATIESERVER_URL = fake.url;
    resetEnvForTests();
    let lezingen = 0;
    // The same database, counting the reads of the cache table (and its own per-process copies: a new Db object).
    const telDb = new Proxy(db, {
      get(doel, naam) {
        const waarde = Reflect.get(doel, naam);
        if (naam !== "locatieserverCache") return typeof waarde === "function" ? waarde.bind(doel) : waarde;
        return new Proxy(waarde, {
          get(tabel, methode) {
            const f = Reflect.get(tabel, methode);
            if (typeof f !== "function") return f;
            return (...args: unknown[]) => {
              if (methode === "findUnique") lezingen++;
              return f.apply(tabel, args);
            };
          },
        });
      },
    }) as typeof db;
    const eerst = await zoekPlaatsOfPostcode("5251", { db: telDb });
    expect(eerst).toMatchObject({ ok: true, punt: { label: "postcode 5251 (Vlijmen)" } });
    const [verzoeken, gelezen] = [fake.verzoeken, lezingen];
    expect(verzoeken).toBeGreaterThan(0);
    // again, and in another spelling: no request and no read of the table
    expect(await zoekPlaatsOfPostcode(" 5251 ", { db: telDb })).toEqual(eerst);
    expect([fake.verzoeken, lezingen]).toEqual([verzoeken, gelezen]);
    // 31 days later the row has expired, and so has the copy: the service is asked again
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31 * 86_400_000 });
    try {
      expect(await zoekPlaatsOfPostcode("5251", { db: telDb })).toEqual(eerst);
      expect(fake.verzoeken).toBe(verzoeken + 1);
      expect(lezingen).toBeGreaterThan(gelezen);
    } finally {
      vi.useRealTimers();
    }
  });
});

/**
 * Open data out: /api/open-data/hsds.json against the Open Referral HSDS 3.x schema files
 * (openreferral/specification, branch 3.x, schema/*.json at commit 67e7b37: the "required" and
 * "tabular_required" lists, enums and types copied below), only public data; and /api/open-data/kaart.csv
 * with Dutch headers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { GET as hsdsRoute } from "../../app/api/open-data/hsds.json/route.ts";
import { GET as csvRoute } from "../../app/api/open-data/kaart.csv/route.ts";
import { KAART_CSV_KOPPEN } from "../../lib/open-data/hsds.ts";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories.ts";

/** From the schema files: required (and tabular_required) per object. */
const VERPLICHT: Record<string, string[]> = {
  organization: ["id", "name", "description"],
  service: ["id", "name", "status", "organization_id"],
  location: ["id", "location_type"],
  service_at_location: ["id", "service_id", "location_id"],
  schedule: ["id"],
  address: ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
  phone: ["id", "number"],
  accessibility: ["id"],
};
const ENUMS: Record<string, Record<string, string[]>> = {
  service: { status: ["active", "inactive", "defunct", "temporarily closed"] },
  location: { location_type: ["physical", "postal", "virtual"] },
  address: { address_type: ["physical", "postal", "virtual"] },
  schedule: { freq: ["WEEKLY", "MONTHLY"], wkst: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] },
};
const GETALLEN: Record<string, string[]> = { location: ["latitude", "longitude"], schedule: ["interval", "bymonthday", "byyearday", "timezone"], organization: ["year_incorporated"] };

type Obj = Record<string, unknown>;

function controleer(soort: string, o: Obj, pad: string): string[] {
  const fouten: string[] = [];
  for (const veld of VERPLICHT[soort]) {
    if (typeof o[veld] !== "string") fouten.push(`${pad}.${veld} ontbreekt of is geen tekst`);
  }
  for (const [veld, waarden] of Object.entries(ENUMS[soort] ?? {})) {
    if (o[veld] !== undefined && !waarden.includes(String(o[veld]))) fouten.push(`${pad}.${veld} = ${String(o[veld])} is niet toegestaan`);
  }
  for (const veld of GETALLEN[soort] ?? []) {
    if (o[veld] !== undefined && typeof o[veld] !== "number") fouten.push(`${pad}.${veld} is geen getal`);
  }
  for (const [veld, v] of Object.entries(o)) if (v === null) fouten.push(`${pad}.${veld} is null (laat het veld weg)`);
  return fouten;
}

let plekId: string;
let verborgenPlekId: string;
let activiteitId: string;
const stamp = uniq("hsds");

beforeAll(async () => {
  const cats = await ensureCategorieen(db);
  const wijk = await createWijk(db);
  const org = await db.organisatie.create({ data: { naam: `Bibliotheek ${stamp}`, slug: `bieb-${stamp}`, beschrijving: "De bibliotheek", website: "https://bieb.example", telefoon: "073 000 0000" } });
  const geheim = await db.organisatie.create({ data: { naam: `Geheime club ${stamp}`, slug: `geheim-${stamp}` } });
  const plek = await createPlek(db, { wijkId: wijk.id, categorieId: cats[0].id });
  plekId = (await db.plek.update({
    where: { id: plek.id },
    data: { organisatieId: org.id, adres: "Mr. van Coothstraat 10", postcode: "5251 HA", plaats: "Vlijmen", telefoon: "073 111 1111", rolstoeltoegankelijk: true, contactNaam: "Jan Geheim", openingstijden: [{ dag: 2, van: "09:00", tot: "12:00" }, { dag: 4, van: "13:00", tot: "17:00" }] },
  })).id;
  verborgenPlekId = (await db.plek.update({ where: { id: (await createPlek(db, { wijkId: wijk.id, categorieId: cats[0].id })).id }, data: { status: "GEARCHIVEERD", organisatieId: geheim.id, naam: `Verborgen ${stamp}` } })).id;
  activiteitId = (await db.activiteit.create({ data: { titel: `Koffie ${stamp}`, slug: uniq("a"), wijkId: wijk.id, plekId, organisatieId: org.id, start: new Date("2030-01-14T09:00:00Z"), eind: new Date("2030-01-14T11:00:00Z"), kosten: "Gratis" } })).id;
  await db.activiteit.create({ data: { titel: `Concept ${stamp}`, slug: uniq("a"), wijkId: wijk.id, status: "CONCEPT" } });
  await db.activiteit.create({ data: { titel: `Bij verborgen plek ${stamp}`, slug: uniq("a"), wijkId: wijk.id, plekId: verborgenPlekId, herhaling: "Elke maandag" } });
});

async function hsds() {
  const res = await hsdsRoute();
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await res.json()) as Record<string, Obj[]> & { hsds_version: string };
}

describe("HSDS 3.x export", () => {
  it("every object has the schema's required fields, allowed enum values and numbers where numbers belong", async () => {
    const h = await hsds();
    expect(h.hsds_version).toBe("3.0");
    const fouten: string[] = [];
    const lijsten: [string, string][] = [["organizations", "organization"], ["services", "service"], ["locations", "location"], ["service_at_locations", "service_at_location"], ["schedules", "schedule"]];
    for (const [lijst, soort] of lijsten) {
      expect(Array.isArray(h[lijst]), lijst).toBe(true);
      expect(h[lijst].length, lijst).toBeGreaterThan(0);
      h[lijst].forEach((o, i) => fouten.push(...controleer(soort, o, `${lijst}[${i}]`)));
      const ids = h[lijst].map((o) => o.id);
      expect(new Set(ids).size, `${lijst}: ids uniek`).toBe(ids.length);
    }
    for (const [i, l] of h.locations.entries()) {
      for (const [j, a] of ((l.addresss as Obj[]) ?? []).entries()) fouten.push(...controleer("address", a, `locations[${i}].addresss[${j}]`));
      for (const [j, p] of ((l.phones as Obj[]) ?? []).entries()) fouten.push(...controleer("phone", p, `locations[${i}].phones[${j}]`));
      for (const [j, t] of ((l.accessibilitys as Obj[]) ?? []).entries()) fouten.push(...controleer("accessibility", t, `locations[${i}].accessibilitys[${j}]`));
    }
    expect(fouten).toEqual([]);
  });

  it("references point at objects in the file", async () => {
    const h = await hsds();
    const ids = (l: string) => new Set(h[l].map((o) => o.id));
    const [org, svc, loc, sal] = [ids("organizations"), ids("services"), ids("locations"), ids("service_at_locations")];
    for (const s of h.services) expect(org.has(s.organization_id)).toBe(true);
    for (const l of h.locations) if (l.organization_id) expect(org.has(l.organization_id)).toBe(true);
    for (const x of h.service_at_locations) expect([svc.has(x.service_id), loc.has(x.location_id)]).toEqual([true, true]);
    for (const s of h.schedules) {
      if (s.service_id) expect(svc.has(s.service_id)).toBe(true);
      if (s.location_id) expect(loc.has(s.location_id)).toBe(true);
      if (s.service_at_location_id) expect(sal.has(s.service_at_location_id)).toBe(true);
    }
  });

  it("maps a plek, its opening hours and an activity as documented", async () => {
    const h = await hsds();
    const loc = h.locations.find((l) => l.id === `plek-${plekId}`)!;
    expect(loc).toMatchObject({ location_type: "physical", latitude: expect.any(Number), longitude: expect.any(Number) });
    expect(loc.addresss).toEqual([expect.objectContaining({ address_1: "Mr. van Coothstraat 10", city: "Vlijmen", postal_code: "5251 HA", country: "NL", address_type: "physical" })]);
    const open = h.schedules.filter((s) => s.location_id === `plek-${plekId}` && s.freq === "WEEKLY");
    expect(open.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual([["TU", "09:00", "12:00"], ["TH", "13:00", "17:00"]]);
    const act = h.services.find((s) => s.id === `activiteit-${activiteitId}`)!;
    expect(act).toMatchObject({ status: "active", fees_description: "Gratis", organization_id: expect.stringMatching(/^organisatie-/) });
    expect(h.service_at_locations).toContainEqual({ id: `activiteit-${activiteitId}@plek-${plekId}`, service_id: `activiteit-${activiteitId}`, location_id: `plek-${plekId}` });
    expect(h.schedules.find((s) => s.service_id === `activiteit-${activiteitId}`)).toMatchObject({ valid_from: "2030-01-14", dtstart: "2030-01-14", opens_at: "10:00", closes_at: "12:00" });
  });

  it("contains public data only", async () => {
    const tekst = JSON.stringify(await hsds());
    expect(tekst).not.toContain(verborgenPlekId);
    expect(tekst).not.toContain(`Verborgen ${stamp}`);
    expect(tekst).not.toContain(`Geheime club ${stamp}`);
    expect(tekst).not.toContain(`Concept ${stamp}`);
    expect(tekst).not.toContain("Jan Geheim");
    expect(tekst).toContain(`Bij verborgen plek ${stamp}`); // the activity is public, its archived place is not
  });
});

describe("CSV export", () => {
  it("has Dutch headers, one row per public plek and activiteit, public data only", async () => {
    const res = await csvRoute();
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const tekst = await res.text();
    const regels = tekst.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(regels[0]).toBe(KAART_CSV_KOPPEN.join(";"));
    expect(regels[0]).toContain("breedtegraad;lengtegraad");
    const plekken = await db.plek.count({ where: { status: "GEPUBLICEERD" } });
    const activiteiten = await db.activiteit.count({ where: { status: "GEPUBLICEERD" } });
    expect(regels.length - 1).toBe(plekken + activiteiten);
    expect(tekst).toContain("Mr. van Coothstraat 10;5251 HA;Vlijmen");
    expect(tekst).toContain("dinsdag 09:00-12:00, donderdag 13:00-17:00");
    expect(tekst).toContain(`Koffie ${stamp}`);
    expect(tekst).not.toContain(`Verborgen ${stamp}`);
    expect(tekst).not.toContain(`Concept ${stamp}`);
    expect(tekst).not.toContain("Jan Geheim");
  });
});

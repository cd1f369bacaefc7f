/**
 * A small local fake of the PDOK Locatieserver v3.1 (`/free`, `/suggest`, `/lookup`) for tests: it
 * answers in the real response format (`{ response: { numFound, start, maxScore, numFoundExact, docs } }`,
 * suggest with `highlighting`, `centroide_ll` as "POINT(lon lat)", `gemeentecode` without "GM") for a
 * handful of addresses, postcodes and places in Heusden and Oss. Like the real 3.1 it refuses query
 * parameters it does not know (HTTP 400).
 *
 * The documents are modelled on real addresses; coordinates and CBS codes are close to, but not
 * guaranteed to equal, what the live service returns today. Matching is simple: every word of `q`
 * must occur in the name or postcode; `fq` filters on `type:x` or `type:(x OR y)`.
 *
 *   const fake = await startLocatieserverFake();   // fake.url -> LOCATIESERVER_URL
 *   fake.verzoeken                                  // how many requests it answered
 *   fake.storing = true                             // answer 503 from now on
 *   await fake.close()
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Doc = Record<string, unknown> & { id: string; type: string; weergavenaam: string };

function adres(o: {
  id: string; straat: string; nr: number; pc: string; plaats: string; gemeente: string; gmcode: string; wijk: [string, string]; buurt: [string, string]; lon: number; lat: number;
}): Doc {
  return {
    bron: "BAG",
    woonplaatscode: "0000",
    type: "adres",
    woonplaatsnaam: o.plaats,
    wijkcode: o.wijk[0],
    huis_nlt: String(o.nr),
    openbareruimtetype: "Weg",
    buurtnaam: o.buurt[1],
    gemeentecode: o.gmcode,
    rdf_seealso: `http://bag.basisregistraties.overheid.nl/bag/id/nummeraanduiding/${o.id.replace(/\D/g, "").padStart(16, "0")}`,
    weergavenaam: `${o.straat} ${o.nr}, ${o.pc} ${o.plaats}`,
    straatnaam_verkort: o.straat,
    id: o.id,
    gekoppeld_perceel: [],
    gemeentenaam: o.gemeente,
    buurtcode: o.buurt[0],
    wijknaam: o.wijk[1],
    identificatie: `${o.id}-id`,
    openbareruimte_id: `${o.id}-or`,
    provinciecode: "PV30",
    postcode: o.pc,
    provincienaam: "Noord-Brabant",
    centroide_ll: `POINT(${o.lon} ${o.lat})`,
    nummeraanduiding_id: `${o.id}-na`,
    adresseerbaarobject_id: `${o.id}-ao`,
    huisnummer: o.nr,
    provincieafkorting: "NB",
    centroide_rd: "POINT(150000 410000)",
    straatnaam: o.straat,
    score: 10,
  };
}

function postcode(pc: string, plaats: string, gemeente: string, gmcode: string, lon: number, lat: number): Doc {
  return {
    bron: "BAG", type: "postcode", woonplaatsnaam: plaats, gemeentecode: gmcode, weergavenaam: `${pc} ${plaats}`,
    id: `pcd-${pc}`, gemeentenaam: gemeente, postcode: pc, provinciecode: "PV30", provincienaam: "Noord-Brabant",
    centroide_ll: `POINT(${lon} ${lat})`, provincieafkorting: "NB", centroide_rd: "POINT(150000 410000)", score: 8,
  };
}

function woonplaats(naam: string, gemeente: string, gmcode: string, lon: number, lat: number): Doc {
  return {
    bron: "BAG", woonplaatscode: "0000", type: "woonplaats", woonplaatsnaam: naam, gemeentecode: gmcode,
    weergavenaam: `${naam}, ${gemeente}, Noord-Brabant`, id: `wpl-${naam.toLowerCase()}`, gemeentenaam: gemeente,
    provinciecode: "PV30", provincienaam: "Noord-Brabant", centroide_ll: `POINT(${lon} ${lat})`, provincieafkorting: "NB",
    centroide_rd: "POINT(150000 410000)", score: 12,
  };
}

export const FAKE_DOCS: Doc[] = [
  adres({ id: "adr-0797200000000001", straat: "Vestingweg", nr: 1, pc: "5151HV", plaats: "Drunen", gemeente: "Heusden", gmcode: "0797", wijk: ["WK079701", "Wijk 01 Drunen"], buurt: ["BU07970100", "Centrum Drunen"], lon: 5.1349, lat: 51.6857 }),
  adres({ id: "adr-0797200000000002", straat: "Mr. van Coothstraat", nr: 10, pc: "5251HA", plaats: "Vlijmen", gemeente: "Heusden", gmcode: "0797", wijk: ["WK079707", "Wijk 07 Vlijmen"], buurt: ["BU07970700", "Vlijmen-Centrum"], lon: 5.2151, lat: 51.6957 }),
  adres({ id: "adr-0797200000000003", straat: "Kerkstraat", nr: 2, pc: "5254JE", plaats: "Haarsteeg", gemeente: "Heusden", gmcode: "0797", wijk: ["WK079708", "Wijk 08 Haarsteeg"], buurt: ["BU07970800", "Haarsteeg"], lon: 5.1951, lat: 51.7118 }),
  adres({ id: "adr-0828200000000004", straat: "Raadhuislaan", nr: 2, pc: "5341GM", plaats: "Oss", gemeente: "Oss", gmcode: "0828", wijk: ["WK082801", "Wijk 01 Centrum"], buurt: ["BU08280100", "Centrum"], lon: 5.5233, lat: 51.7649 }),
  postcode("5151HV", "Drunen", "Heusden", "0797", 5.1349, 51.6857),
  postcode("5251HA", "Vlijmen", "Heusden", "0797", 5.2151, 51.6957),
  postcode("5251AB", "Vlijmen", "Heusden", "0797", 5.2091, 51.6977),
  postcode("5254JE", "Haarsteeg", "Heusden", "0797", 5.1951, 51.7118),
  postcode("5341GM", "Oss", "Oss", "0828", 5.5233, 51.7649),
  // Postcodes and places of the Heusden demo (the sociale kaart's "dichtbij"; tests/e2e and tests/integration).
  postcode("5151AB", "Drunen", "Heusden", "0797", 5.1322, 51.6871),
  postcode("5152EA", "Drunen", "Heusden", "0797", 5.1341, 51.6931),
  postcode("5153AB", "Drunen", "Heusden", "0797", 5.1362, 51.6795),
  postcode("5154AA", "Elshout", "Heusden", "0797", 5.1431, 51.7008),
  postcode("5252AA", "Vlijmen", "Heusden", "0797", 5.2262, 51.6931),
  postcode("5253AA", "Nieuwkuijk", "Heusden", "0797", 5.1842, 51.6903),
  postcode("5256AA", "Heusden", "Heusden", "0797", 5.1392, 51.7329),
  postcode("5257AA", "Oudheusden", "Heusden", "0797", 5.1421, 51.7238),
  postcode("5258AA", "Herpt", "Heusden", "0797", 5.1801, 51.7268),
  woonplaats("Elshout", "Heusden", "0797", 5.1432, 51.7011),
  woonplaats("Nieuwkuijk", "Heusden", "0797", 5.1839, 51.6902),
  woonplaats("Oudheusden", "Heusden", "0797", 5.1422, 51.7241),
  woonplaats("Herpt", "Heusden", "0797", 5.1803, 51.7271),
  woonplaats("Vlijmen", "Heusden", "0797", 5.2147, 51.6955),
  woonplaats("Haarsteeg", "Heusden", "0797", 5.1952, 51.7121),
  woonplaats("Drunen", "Heusden", "0797", 5.1336, 51.6863),
  woonplaats("Heusden", "Heusden", "0797", 5.1389, 51.7331),
  woonplaats("Oss", "Oss", "0828", 5.5186, 51.7650),
];

const BEKENDE_PARAMS: Record<string, string[]> = {
  free: ["q", "fq", "rows", "start", "fl", "sort", "df", "bq", "lat", "lon", "wt"],
  suggest: ["q", "fq", "rows", "start", "fl", "sort", "df", "bq", "lat", "lon", "wt"],
  lookup: ["id", "fl", "wt"],
};

function typen(fq: string | null): string[] | null {
  if (!fq) return null;
  const m = /^type:\(?([^)]*)\)?$/.exec(fq.trim());
  return m ? m[1].split(/\s+OR\s+/i).map((t) => t.trim()) : null;
}

function zoek(q: string, fq: string | null): Doc[] {
  const woorden = q.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const t = typen(fq);
  return FAKE_DOCS.filter((d) => {
    if (t && !t.includes(d.type)) return false;
    const hooiberg = `${d.weergavenaam} ${String(d.postcode ?? "")}`.toLowerCase();
    return woorden.every((w) => hooiberg.includes(w) || hooiberg.replace(/(\d{4})([a-z]{2})/g, "$1 $2").includes(w));
  }).sort((a, b) => Number(b.score) - Number(a.score));
}

export interface LocatieserverFake {
  url: string;
  verzoeken: number;
  paden: string[];
  storing: boolean;
  close(): Promise<void>;
}

export async function startLocatieserverFake(port = 0): Promise<LocatieserverFake> {
  const fake: LocatieserverFake = {
    url: "",
    verzoeken: 0,
    paden: [],
    storing: false,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server: Server = createServer((req, res) => {
    fake.verzoeken++;
    const u = new URL(req.url ?? "/", "http://fake");
    fake.paden.push(`${u.pathname}${u.search}`);
    const stuur = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json;charset=UTF-8", "Access-Control-Allow-Origin": "*" });
      res.end(JSON.stringify(body));
    };
    if (fake.storing) return stuur(503, { message: "Service Unavailable" });
    const endpoint = u.pathname.replace(/^.*\//, "");
    const bekend = BEKENDE_PARAMS[endpoint];
    if (!bekend) return stuur(404, { message: "Not Found" });
    const onbekend = [...u.searchParams.keys()].filter((k) => !bekend.includes(k));
    if (onbekend.length) return stuur(400, { message: `unknown query parameter(s): ${onbekend.join(", ")}` });
    const rows = Number(u.searchParams.get("rows") ?? 10);
    let docs: Doc[];
    if (endpoint === "lookup") {
      const id = u.searchParams.get("id");
      if (!id) return stuur(400, { message: "id is required" });
      docs = FAKE_DOCS.filter((d) => d.id === id);
    } else {
      const q = u.searchParams.get("q");
      if (!q && endpoint === "suggest") return stuur(400, { message: "q is required" });
      docs = zoek(q ?? "", u.searchParams.get("fq")).slice(0, rows);
    }
    const envelope = { numFound: docs.length, start: 0, maxScore: docs[0] ? Number(docs[0].score) : 0, numFoundExact: true };
    if (endpoint === "suggest") {
      const kort = docs.map((d) => ({ type: d.type, weergavenaam: d.weergavenaam, id: d.id, score: d.score }));
      const highlighting = Object.fromEntries(docs.map((d) => [d.id, { suggest: [d.weergavenaam] }]));
      return stuur(200, { response: { ...envelope, docs: kort }, highlighting, spellcheck: { suggestions: [], collations: [] } });
    }
    return stuur(200, { response: { ...envelope, docs } });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1`;
  return fake;
}

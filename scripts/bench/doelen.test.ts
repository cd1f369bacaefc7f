import { describe, expect, it } from "vitest";
import { beoordeel, beoordeelLast, doelenTabel, kaartRatioGrens } from "./doelen";

const metingen = [
  { url: "/privacy", p95: 100 },
  { url: "/kaart", p95: 140 },
  { url: "/kaart?q=speeltuin", p95: 160 },
  { url: "/api/kaart?bbox=5,51,6,52&zoom=12", p95: 90, kBgzip: 3.2 },
  { url: "/api/kaart?bbox=5,51,5.1,51.1&zoom=16", p95: 120, kBgzip: 31.5 },
];

describe("bench goals (issue 15)", () => {
  it("judges every /kaart variant as a ratio to the bare page, 1.5x at 10k and 2x above", () => {
    expect(kaartRatioGrens(10_000)).toBe(1.5);
    expect(kaartRatioGrens(100_000)).toBe(2);
    const d = beoordeel({ plekken: 10_000, metingen });
    expect(d.find((x) => x.doel === "p95 /kaart : kale pagina")).toMatchObject({ gemeten: "1.40x", gehaald: true });
    expect(d.find((x) => x.doel === "p95 /kaart?q=speeltuin : kale pagina")).toMatchObject({ gemeten: "1.60x", gehaald: false });
    expect(beoordeel({ plekken: 100_000, metingen }).find((x) => x.doel === "p95 /kaart?q=speeltuin : kale pagina")?.gehaald).toBe(true);
  });

  it("with the bare page measured twice (first and last), the faster one is the yardstick", () => {
    const d = beoordeel({ plekken: 10_000, metingen: [{ url: "/privacy", p95: 130 }, ...metingen.slice(1), { url: "/privacy", p95: 100 }] });
    expect(d.find((x) => x.doel === "p95 /kaart : kale pagina")).toMatchObject({ gemeten: "1.40x", gehaald: true });
    expect(d.find((x) => x.doel === "p95 /kaart?q=speeltuin : kale pagina")).toMatchObject({ gemeten: "1.60x", gehaald: false });
  });

  it("an address measured paired with the bare page is judged against its own bare measurement", () => {
    const d = beoordeel({ plekken: 10_000, metingen: [{ url: "/privacy", p95: 50 }, { url: "/kaart", p95: 140, kaalP95: 100 }, { url: "/kaart?q=x", p95: 140 }] });
    expect(d.find((x) => x.doel === "p95 /kaart : kale pagina")).toMatchObject({ gemeten: "1.40x", gehaald: true });
    expect(d.find((x) => x.doel === "p95 /kaart?q=x : kale pagina")).toMatchObject({ gemeten: "2.80x", gehaald: false });
    // the median of the per-slice ratios, when the bench gives it, is the measured ratio
    const m = beoordeel({ plekken: 10_000, metingen: [{ url: "/kaart", p95: 140, kaalP95: 100, verhouding: 1.55 }] });
    expect(m.find((x) => x.doel === "p95 /kaart : kale pagina")).toMatchObject({ gemeten: "1.55x", gehaald: false });
  });

  it("map data by viewport: p95 at most the bare page's and no answer over 30 kB gzip", () => {
    const d = beoordeel({ plekken: 10_000, metingen });
    expect(d.filter((x) => x.doel.startsWith("p95 /api/kaart")).map((x) => x.gehaald)).toEqual([true, false]);
    expect(d.find((x) => x.doel.startsWith("grootste kaartdata"))).toMatchObject({ gemeten: "31.5 kB gzip", gehaald: false });
  });

  it("JS budget, lazy map code, search hits and Lighthouse scores", () => {
    const d = beoordeel({
      plekken: 10_000,
      metingen: [],
      kaartJsKB: 139,
      kaartcodeInFirstLoad: false,
      zoektreffers: 0.95,
      lighthouse: [{ pad: "/kaart", performance: 96, toegankelijkheid: 99, bestPractices: null }],
    });
    expect(d.map((x) => [x.doel, x.gehaald])).toEqual([
      ["first-load JS /kaart", false],
      ["kaartcode (Leaflet) lazy geladen", true],
      ["zoektreffers (top 3)", true],
      ["Lighthouse performance /kaart", true],
      ["Lighthouse toegankelijkheid /kaart", false],
      ["Lighthouse best practices /kaart", false],
    ]);
  });

  it("load goals and the printed table", () => {
    const d = beoordeelLast([
      { url: "/kaart", p95: 950, errors: 0, timeouts: 0, non2xx: 0 },
      { url: "/api/kaart", p95: 400, errors: 0, timeouts: 2, non2xx: 1 },
    ]);
    expect(d.map((x) => x.gehaald)).toEqual([true, false, true]);
    const t = doelenTabel(d);
    expect(t.split("\n")[0]).toMatch(/^doel\s+gemeten\s+grens\s+gehaald$/);
    expect(t).toMatch(/fouten \/api\/kaart\s+3\s+0\s+NEE/);
    expect(t.split("\n").at(-1)).toBe("2 van 3 doelen gehaald");
  });
});

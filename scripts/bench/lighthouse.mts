/**
 * `npm run lighthouse`: Lighthouse (mobile preset, the default) on the four pages of the performance
 * issue: the home page, /kaart, a wijk page and the first step of /initiatief/nieuw (plus the form's
 * start page). Prints the accessibility, performance and best-practices scores and LCP / TBT / CLS,
 * and writes bench-results/lighthouse.json. Goal (not asserted): accessibility 100 on every page.
 * BENCH_LIGHTHOUSE_RUNS (default 3) runs per page; the median run by performance score is reported.
 *
 * Runs against the e2e server (tests/e2e/server.mts: a fresh PGlite database with the demo data and
 * map tiles from a local stub, so nothing depends on the network); needs a production build
 * (`npm run build`). Chromium: CHROMIUM_PATH, default /usr/bin/chromium.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { chromium } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

const poort = await vrijePoort();
const base = `http://127.0.0.1:${poort}`;
const server = spawn(process.execPath, ["--import", "tsx", "tests/e2e/server.mts"], { env: { ...process.env, E2E_PORT: String(poort) }, stdio: ["ignore", "ignore", "inherit"], detached: true });
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
};
process.on("exit", stop);

for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  if (i > 180) throw new Error("De server startte niet binnen 3 minuten.");
  await new Promise((r) => setTimeout(r, 1000));
}

// The first step of the form needs a draft: start one in a browser and pass its cookie to Lighthouse.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.goto(`${base}/initiatief/nieuw`);
await page.getByRole("button", { name: "Start uw aanvraag" }).click();
await page.waitForURL(/\/initiatief\/nieuw\/idee$/);
const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await browser.close();

const PAGINAS: { naam: string; pad: string; cookie?: boolean }[] = [
  { naam: "Home", pad: "/" },
  { naam: "Sociale kaart", pad: "/kaart" },
  { naam: "Wijkpagina", pad: "/wijken/centrum-drunen" },
  { naam: "Initiatief: startpagina", pad: "/initiatief/nieuw" },
  { naam: "Initiatief: eerste stap", pad: "/initiatief/nieuw/idee", cookie: true },
];

const RUNS = Math.max(1, Math.min(9, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const resultaten = [];
try {
  for (const p of PAGINAS) {
    // Several runs per page, the median by performance score counts (as Lighthouse's own advice for
    // variable machines): BENCH_LIGHTHOUSE_RUNS, default 3.
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(`${base}${p.pad}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["accessibility", "performance", "best-practices"],
        extraHeaders: p.cookie ? { Cookie: cookie } : undefined,
      });
      if (!r) throw new Error(`Lighthouse gaf geen resultaat voor ${p.pad}`);
      runs.push(r.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor((runs.length - 1) / 2)];
    const alleScores = runs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100));
    const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (a: string) => lhr.audits[a]?.numericValue ?? null;
    const fouten = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => a.id);
    const rij = {
      pagina: p.naam,
      pad: p.pad,
      toegankelijkheid: score("accessibility"),
      prestaties: score("performance"),
      bestPractices: score("best-practices"),
      lcpMs: Math.round(num("largest-contentful-paint") ?? 0),
      tbtMs: Math.round(num("total-blocking-time") ?? 0),
      cls: Number((num("cumulative-layout-shift") ?? 0).toFixed(3)),
      toegankelijkheidFouten: fouten,
      prestatiesPerRun: alleScores,
    };
    resultaten.push(rij);
    console.log(
      `${p.naam.padEnd(26)} toegankelijkheid ${String(rij.toegankelijkheid).padStart(3)}  prestaties ${String(rij.prestaties).padStart(3)}  best practices ${String(rij.bestPractices).padStart(3)}  LCP ${rij.lcpMs} ms  TBT ${rij.tbtMs} ms  CLS ${rij.cls}${RUNS > 1 ? `  (mediaan van ${RUNS}: ${alleScores.join(", ")})` : ""}${fouten.length ? `  (fouten: ${fouten.join(", ")})` : ""}`,
    );
  }
} finally {
  await chrome.kill();
  stop();
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/lighthouse.json", JSON.stringify({ datum: new Date().toISOString(), preset: "mobile", resultaten }, null, 2));
console.log("Resultaten in bench-results/lighthouse.json");
const niet100 = resultaten.filter((r) => r.toegankelijkheid < 100);
if (niet100.length) console.log(`Doel toegankelijkheid 100 niet gehaald op: ${niet100.map((r) => r.pad).join(", ")}`);
process.exit(0);

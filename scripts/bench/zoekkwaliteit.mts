/**
 * Search quality (issue 15): the share of tests/fixtures/zoekvragen.json whose expected place is in
 * the top 3, against the demo data in a throw-away in-memory PGlite, with postcodes and place names
 * from the local Locatieserver fake (tests/support/locatieserver-fake.ts; nothing on the network).
 *   npx tsx --conditions=react-server scripts/bench/zoekkwaliteit.mts        (run by `npm run bench`)
 * Prints the misses and, as its last line, "zoektreffers: x %". Goal: >= 95 %. `--json` adds a JSON line.
 */
process.env.DATABASE_URL = "";
process.env.PGLITE_DIR = "memory://";
process.env.APP_ENV = "demo";
process.env.APP_URL ??= "http://localhost:3000";

const { startLocatieserverFake } = await import("../../tests/support/locatieserver-fake.ts");
const fake = await startLocatieserverFake();
process.env.LOCATIESERVER_URL = fake.url;

const { applyMigrations } = await import("../../lib/migrations/engine.ts");
const { adapterFactory, db, disconnectDb } = await import("../../lib/db.ts");
const { seedDemo } = await import("../../prisma/seed-lib.ts");
const { zoekKaart } = await import("../../lib/data/kaart/zoeken.ts");
const { meetZoekkwaliteit } = await import("../../tests/support/zoekkwaliteit.ts");

await applyMigrations(adapterFactory());
await seedDemo(db);
const start = performance.now();
const m = await meetZoekkwaliteit((f) => zoekKaart(f));
const ms = (performance.now() - start) / m.totaal;
for (const x of m.missers) console.log(`  mis: "${x.q}"${x.dichtbij ? ` (dichtbij ${x.dichtbij})` : ""} -> ${x.kreeg.join(", ") || "niets gevonden"}`);
if (process.argv.includes("--json")) console.log(JSON.stringify({ raak: m.raak, totaal: m.totaal, aandeel: m.aandeel, msPerVraag: Math.round(ms * 10) / 10, missers: m.missers }));
console.log(`zoektreffers: ${(m.aandeel * 100).toFixed(1)} % (${m.raak} van ${m.totaal} zoekvragen raak in de top 3; doel >= 95 %)`);
await disconnectDb();
await fake.close();

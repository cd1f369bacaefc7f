/**
 * `npm run import:wijken -- pad/naar/wijken.geojson`: sets the boundaries (and CBS codes and centroids) of
 * existing wijken from a CBS Wijk- en Buurtkaart GeoJSON file in WGS84. All or nothing: with any error,
 * nothing changes. Works on the configured database (DATABASE_URL, else the built-in PGlite).
 */
import { readFileSync } from "node:fs";
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, db, disconnectDb } from "../lib/db.ts";
import { importWijkGrenzen } from "../lib/import/geojson.ts";

const file = process.argv[2];
if (!file) {
  console.error("Gebruik: npm run import:wijken -- pad/naar/wijken.geojson");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  console.error(`Kan ${file} niet lezen: ${(e as Error).message}`);
  process.exit(2);
}
await applyMigrations(adapterFactory());
const r = await importWijkGrenzen(db, text);
await disconnectDb();
for (const s of r.overgeslagen) console.log(`Overgeslagen: ${s}`);
if (!r.ok) {
  console.error(`Niets geïmporteerd: ${r.fouten.length} fout(en) in ${file}:`);
  for (const f of r.fouten) console.error(`  - ${f.melding}`);
  process.exit(1);
}
console.log(`Grenzen bijgewerkt voor ${r.bijgewerkt.length} wijk(en): ${r.bijgewerkt.join(", ") || "geen"}.`);

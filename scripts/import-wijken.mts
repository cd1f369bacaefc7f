/**
 * `npm run import:wijken -- pad/naar/wijken.geojson [--gemeente GM0828] [--proef]`: reads a CBS Wijk- en
 * Buurtkaart GeoJSON file (PDOK: wijkcode/wijknaam, buurtcode/buurtnaam, gemeentecode; or the
 * simplified national files: statcode/statnaam, WK_CODE/WK_NAAM) in WGS84, keeps the features of the
 * gemeente (GEMEENTECODE, or --gemeente), matches them with the gebieden by CBS code and then by name,
 * creates what matches nothing, sets boundaries and codes, and assigns places to the new boundaries.
 * All or nothing. With --proef: only shows what would happen. Works on the configured database
 * (DATABASE_URL, else the built-in PGlite).
 */
import { readFileSync } from "node:fs";
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, db, disconnectDb } from "../lib/db.ts";
import { leesCbsBestand } from "../lib/import/cbs.ts";
import { importeerCbsBestand, planCbsImport } from "../lib/import/gebieden-import.ts";
import { gemeentecode } from "../lib/gemeente.ts";

const args = process.argv.slice(2);
const proef = args.includes("--proef");
const gi = args.indexOf("--gemeente");
const gemeente = (gi >= 0 ? args[gi + 1] : gemeentecode())?.toUpperCase();
const file = args.find((a, i) => !a.startsWith("--") && !(gi >= 0 && i === gi + 1));
if (!file || !gemeente || !/^GM\d{4}$/.test(gemeente)) {
  console.error("Gebruik: npm run import:wijken -- pad/naar/wijken.geojson [--gemeente GM0828] [--proef]");
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
let code = 0;
if (proef) {
  const bestand = leesCbsBestand(text, gemeente);
  const plan = bestand.fouten.length ? null : await planCbsImport(db, bestand.features, bestand.andereGemeenten);
  const fouten = bestand.fouten.map((f) => f.melding).concat(plan?.fouten ?? []);
  if (fouten.length || !plan) {
    console.error(`Dit bestand kan niet worden ingelezen (${fouten.length} fout(en)):`);
    for (const f of fouten) console.error(`  - ${f}`);
    code = 1;
  } else {
    console.log(`Proef voor ${gemeente}: ${plan.nieuw.length} nieuw, ${plan.bijgewerkt.length} bijgewerkt, ${plan.zonderCode.length} bestaande gebieden zonder CBS-code.`);
    for (const n of plan.nieuw) console.log(`  nieuw: ${n.naam} (${n.feature.code ?? "geen code"})`);
    for (const b of plan.bijgewerkt) console.log(`  bijgewerkt: ${b.naam} (${b.feature.code ?? "geen code"})`);
    if (plan.andereGemeenten) console.log(`${plan.andereGemeenten} feature(s) van andere gemeenten overgeslagen.`);
    console.log("Er is niets veranderd (--proef).");
  }
} else {
  const r = await importeerCbsBestand(text, { gemeente });
  if (!r.ok) {
    console.error(`Niets geïmporteerd: ${r.fouten.length} fout(en) in ${file}:`);
    for (const f of r.fouten) console.error(`  - ${f}`);
    code = 1;
  } else {
    console.log(`Gemeente ${gemeente}: ${r.nieuw} nieuw, ${r.bijgewerkt} bijgewerkt, ${r.plan.zonderCode.length} bestaande gebieden zonder CBS-code.`);
    if (r.andereGemeenten) console.log(`${r.andereGemeenten} feature(s) van andere gemeenten overgeslagen.`);
    const v = r.indeling.verplaatst;
    console.log(`Opnieuw ingedeeld: ${v.plekken} plek(ken), ${v.activiteiten} activiteit(en), ${v.initiatieven} initiatief/initiatieven. ${r.indeling.buiten.length} buiten elke grens (zie /beheer/gebieden/indeling).`);
  }
}
await disconnectDb();
process.exit(code);

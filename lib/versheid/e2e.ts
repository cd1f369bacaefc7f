/**
 * Only for the e2e tests (app/test/versheid, behind E2E_TEST_ROUTES): the browser cannot reach the
 * database, so a test asks the server to make an entry that was last checked months ago, and to run
 * the reminder now instead of waiting for the daily job.
 */
import { randomBytes } from "node:crypto";
import { db } from "../db.ts";
import { slugify } from "../slug.ts";
import { vergeetKaartCache } from "../kaart/kaart-cache.ts";
import { maandenTerug } from "./periode.ts";
import { stuurVersheidHerinneringen } from "./herinnering.ts";

export async function maakOudePlek(invoer: { naam: string; beschrijving: string; wijkSlug: string; maandenOud: number }) {
  const [wijk, categorie] = await Promise.all([
    db.wijk.findUniqueOrThrow({ where: { slug: invoer.wijkSlug }, select: { id: true, lat: true, lng: true } }),
    db.categorie.findFirstOrThrow({ orderBy: { naam: "asc" }, select: { id: true } }),
  ]);
  const gecontroleerd = maandenTerug(new Date(), invoer.maandenOud);
  const p = await db.plek.create({
    data: {
      naam: invoer.naam,
      slug: `${slugify(invoer.naam)}-${randomBytes(3).toString("hex")}`,
      beschrijving: invoer.beschrijving,
      categorieId: categorie.id,
      wijkId: wijk.id,
      lat: wijk.lat,
      lng: wijk.lng,
      laatstGecontroleerd: gecontroleerd,
    },
    select: { id: true, slug: true },
  });
  await vergeetKaartCache();
  return p;
}

export function herinnerNu() {
  return stuurVersheidHerinneringen(db, new Date());
}

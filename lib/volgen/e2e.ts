/**
 * Only for the e2e tests (app/test/volgen, behind E2E_TEST_ROUTES): the browser cannot reach the
 * database, so a test asks the server to add news to a wijk (a published activity and an approved,
 * public initiative) and to run the digest now instead of waiting for the daily job.
 */
import { randomBytes } from "node:crypto";
import { db } from "../db.ts";
import { slugify } from "../slug.ts";
import { stuurWijkDigests } from "./digest.ts";

export async function maakWijkNieuws(invoer: { wijkSlug: string; activiteit: string; initiatief: string }) {
  const wijk = await db.wijk.findUniqueOrThrow({ where: { slug: invoer.wijkSlug }, select: { id: true } });
  const code = randomBytes(4).toString("hex");
  const a = await db.activiteit.create({
    data: { titel: invoer.activiteit, slug: `${slugify(invoer.activiteit)}-${code}`, beschrijving: "Voor iedereen uit de wijk.", wijkId: wijk.id, herhaling: "Elke woensdag" },
    select: { slug: true },
  });
  const i = await db.initiatief.create({
    data: {
      titel: invoer.initiatief,
      referentie: `INI-E2E-${code}`,
      status: "GOEDGEKEURD",
      openbaar: true,
      wijkId: wijk.id,
      ikWil: "Samen iets moois maken in de wijk.",
      nodigRuimte: true,
      ingediendOp: new Date(),
      besluitOp: new Date(),
    },
    select: { referentie: true },
  });
  return { activiteit: a.slug, initiatief: i.referentie };
}

/**
 * Runs the digest now. The app's own runner may have recorded an empty period for this address
 * between its confirmation and the news (it runs once a day, at any moment of the test): those empty
 * rows are removed first, so the run sees the period as not yet done.
 */
export async function stuurDigestNu(email: string) {
  await db.wijkDigest.deleteMany({ where: { aantal: 0, verstuurdOp: null, volger: { email: email.toLowerCase() } } });
  return stuurWijkDigests(db, new Date());
}

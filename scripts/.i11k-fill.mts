process.env.DATABASE_URL = "postgresql://root@127.0.0.1:5432/sbp_i11k_dev";
const { db, disconnectDb } = await import("../lib/db.ts");
const { buildPlek, rng } = await import("../tests/factories.ts");
const { WIJKEN } = await import("../prisma/demo-data.ts");
const wijken = await db.wijk.findMany({ select: { id: true, naam: true, lat: true, lng: true } });
const kern = new Map(WIJKEN.map((w) => [w.naam, w.kern]));
const categorieen = await db.categorie.findMany({ select: { id: true, slug: true, soort: true } });
const rand = rng(10_000);
for (let start = 0; start < 10_000; start += 1000) {
  const batch = [];
  for (let i = start; i < start + 1000; i++) {
    const w = wijken[Math.floor(rand() * wijken.length)];
    const c = categorieen[Math.floor(rand() * categorieen.length)];
    const p = buildPlek(rand, { ...w, kern: kern.get(w.naam) }, c, 100_000 + i);
    batch.push({ ...p, openingstijden: p.openingstijden ?? undefined });
  }
  await db.plek.createMany({ data: batch });
}
await db.$executeRawUnsafe(`ANALYZE`);
console.log(await db.plek.count());
await disconnectDb();

/** `npm run db:seed`: migrate, then seed (idempotent). Demo content unless APP_ENV=production. */
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, db, disconnectDb } from "../lib/db.ts";
import { env } from "../lib/env.ts";
import { seedDemo, seedReference, seedCounts } from "./seed-lib.ts";

await applyMigrations(adapterFactory());
if (env().APP_ENV === "production") await seedReference(db, { demoWijken: false });
else await seedDemo(db);
console.log("Seed klaar:", JSON.stringify(await seedCounts(db)));
await disconnectDb();

/** `npm run db:migrate`: applies pending migrations to the configured database (like `prisma migrate deploy`). */
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, disconnectDb } from "../lib/db.ts";

const applied = await applyMigrations(adapterFactory());
console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "Geen nieuwe migraties.");
await disconnectDb();

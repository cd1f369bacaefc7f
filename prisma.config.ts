import { defineConfig } from "prisma/config";

// Used by `prisma generate` (and, on a connected machine, by the standard Prisma CLI).
// At runtime the app picks its own driver adapter in lib/db.ts; migrations are applied by
// lib/migrations/engine.ts (Prisma's schema engine as WASM), see README.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});

// `prisma generate` without network: the CLI only needs PRISMA_SCHEMA_ENGINE_BINARY to point at an
// existing file (generate itself never runs the engine). See ../README.md.
import { spawnSync } from "node:child_process";
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);

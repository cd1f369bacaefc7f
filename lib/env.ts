/**
 * Validated configuration. Every variable is documented in .env.example; all have working
 * defaults for a local demo, so `npm start` needs no configuration.
 */
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** demo: demo accounts with known passwords and demo content; production: none of that. */
  APP_ENV: z.enum(["demo", "production"]).default("demo"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL moet beginnen met postgres:// of postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().default("./data/pglite"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET moet minstens 16 tekens hebben").optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Sociale Basis Heusden <noreply@sociale-basis.example>"),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Inloggen via de gemeente"),
  /** Staff sign-in: password plus a second factor (TOTP), or only through the OIDC identity provider. */
  STAFF_LOGIN: z.enum(["wachtwoord-totp", "oidc"]).default("wachtwoord-totp"),
  MAP_TILE_URL: z
    .string()
    .default("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"),
  MAP_ATTRIBUTION: z.string().default('Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>'),
  GEMEENTE_NAAM: z.string().default("Heusden"),
  /** Sociale kaart: seconds the map data is cached in memory per filter set (0 = off). */
  KAART_CACHE_SECONDS: z.coerce.number().int().min(0).default(30),
  INITIATIEF_KLEIN_BEDRAG: z.coerce.number().int().positive().default(500),
  VIER_OGEN_BEDRAG: z.coerce.number().int().positive().default(2500),
  REACTIETERMIJN_WERKDAGEN: z.coerce.number().int().positive().default(10),
  HULPVRAAG_GELDIG_DAGEN: z.coerce.number().int().positive().default(30),
  /** Rate limits are real in tests too; e2e may raise them to avoid flakiness across many tests. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  LOG_MAGIC_LINKS: bool,
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Ongeldige configuratie (zie .env.example):\n${lines}`);
  }
  const env = parsed.data;
  if (env.OIDC_ISSUER && !(env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)) {
    throw new Error("Ongeldige configuratie: OIDC_ISSUER vraagt ook OIDC_CLIENT_ID en OIDC_CLIENT_SECRET.");
  }
  return env;
}

let cached: Env | null = null;
/** Parsed lazily so tests can set variables before first use. */
export function env(): Env {
  if (!cached) cached = load();
  return cached;
}

export function resetEnvForTests() {
  cached = null;
}

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
  /** Public address. Unset: http://localhost:<PORT> (PORT defaults to 3000), so links in e-mails work on any port. */
  APP_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET moet minstens 16 tekens hebben").optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Sociale Basis <noreply@sociale-basis.example>"),
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
  /**
   * Only defaults for a fresh database: the gemeente's name, amounts and terms live in the table
   * Instellingen (/beheer/instellingen, lib/instellingen.ts), which wins when set.
   */
  GEMEENTE_NAAM: z.string().optional(),
  /** Sociale kaart: seconds map data and result lists stay in the shared cache (lib/cache/gedeeld.ts) per filter set (0 = off). */
  KAART_CACHE_SECONDS: z.coerce.number().int().min(0).default(30),
  /**
   * Read by scripts/server.mjs (plain Node.js, its own check); listed here so `npm start` refuses a wrong
   * value before it starts. Page cache for anonymous visitors (scripts/pagina-cache.mjs): lifetime in
   * seconds (0 = off) and how often each instance checks the content version in the database (ms).
   */
  PAGINA_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  PAGINA_CACHE_CONTROLE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Admission control (scripts/toelating.mjs): requests in Next.js at once, and the queue behind them. */
  SERVER_MAX_GELIJKTIJDIG: z.coerce.number().int().min(1).max(10_000).default(16),
  SERVER_MAX_WACHTRIJ: z.coerce.number().int().min(0).max(100_000).default(500),
  INITIATIEF_KLEIN_BEDRAG: z.coerce.number().int().positive().default(500),
  VIER_OGEN_BEDRAG: z.coerce.number().int().positive().default(2500),
  REACTIETERMIJN_WERKDAGEN: z.coerce.number().int().positive().default(10),
  HULPVRAAG_GELDIG_DAGEN: z.coerce.number().int().positive().default(30),
  /** Reports from this many different people hide a vacature or hulpvraag until staff look at it. */
  MELDINGEN_DREMPEL: z.coerce.number().int().min(1).max(1000).default(3),
  /** Rate limits are real in tests too; e2e may raise them to avoid flakiness across many tests. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  LOG_MAGIC_LINKS: bool,
  /** Uploaded photos (updates of initiatives) on disk, outside the database (lib/bestanden/opslag.ts). */
  UPLOAD_DIR: z.string().min(1).default("./data/uploads"),
  /** Largest photo a resident may upload, in megabytes. */
  UPLOAD_MAX_MB: z.coerce.number().positive().max(25).default(8),
  /** Retention terms (lib/bewaartermijnen.ts reads them; checked here at start too). */
  BEWAAR_CONCEPT_INITIATIEF_MAANDEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_INITIATIEF_NA_BESLUIT_JAAR: z.coerce.number().int().min(0).optional(),
  BEWAAR_HULPVRAAG_NA_AFLOOP_MAANDEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_EMAIL_BIJ_MELDING_MAANDEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_INLOGLINK_DAGEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_UITNODIGING_DAGEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_TELLERS_DAGEN: z.coerce.number().int().min(0).optional(),
  BEWAAR_LOGBOEK_DETAILS_JAAR: z.coerce.number().int().min(0).optional(),
  /** Routes for the e2e tests only (app/test/*, e.g. a page that crashes on purpose); never with APP_ENV=production. */
  E2E_TEST_ROUTES: bool,
  /** Sessions (server-side, table Sessie): idle and absolute timeouts per kind of user. */
  SESSIE_IDLE_MINUTEN_MEDEWERKER: z.coerce.number().int().positive().default(30),
  SESSIE_MAX_UREN_MEDEWERKER: z.coerce.number().int().positive().default(12),
  SESSIE_IDLE_MINUTEN_INWONER: z.coerce.number().int().positive().default(8 * 60),
  SESSIE_MAX_DAGEN_INWONER: z.coerce.number().int().positive().default(30),
  /** Number of reverse proxies in front of the app that append to X-Forwarded-For (0 = none: the socket address counts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Password sign-in: failed attempts per account and client address, and per client address over all accounts. */
  LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  LOGIN_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  LOGIN_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  TOTP_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  /** Sign-in links asked for from one client address per 10 minutes (over all e-mail addresses). */
  INLOGLINK_LIMIT_PER_IP: z.coerce.number().int().positive().default(30),
  /** Scheduled jobs (lib/taken): the runner in every app process ("uit" = none in this process), and how often it looks. */
  TAKEN_RUNNER: z.enum(["aan", "uit"]).default("aan"),
  TAKEN_INTERVAL_SECONDEN: z.coerce.number().int().min(5).max(3600).default(60),
  /** PDOK Locatieserver v3.1 (addresses, postcodes, places); tests point it at a local fake. */
  LOCATIESERVER_URL: z.string().url().default("https://api.pdok.nl/bzk/locatieserver/search/v3_1"),
  /** Seconds before a Locatieserver request counts as failed. */
  LOCATIESERVER_TIMEOUT_SECONDEN: z.coerce.number().int().min(1).max(60).default(5),
  /** Sociale kaart, versheid: months after the last check before the owner gets a reminder (one month later: "Mogelijk verouderd"). */
  VERSHEID_MAANDEN: z.coerce.number().int().min(1).max(60).default(6),
});


export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & { APP_URL: string };

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Ongeldige configuratie (zie .env.example):\n${lines}`);
  }
  const env: Env = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}` };
  if (env.OIDC_ISSUER && !(env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)) {
    throw new Error("Ongeldige configuratie: OIDC_ISSUER vraagt ook OIDC_CLIENT_ID en OIDC_CLIENT_SECRET.");
  }
  if (env.APP_ENV === "production") {
    const missing: string[] = [];
    if (!env.NEXTAUTH_SECRET) missing.push("  - NEXTAUTH_SECRET: verplicht in productie (ondertekent de sessies; maak er een met `openssl rand -base64 32`).");
    if (!env.SMTP_URL) missing.push("  - SMTP_URL: verplicht in productie (zonder e-mailserver kunnen inwoners niet inloggen; inloglinks komen nooit in de log).");
    if (missing.length) throw new Error(`Ongeldige configuratie voor APP_ENV=production (zie .env.example):\n${missing.join("\n")}`);
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

/**
 * A warning for the start log when APP_URL names a local address on another port than the app listens
 * on (links in e-mails would then be dead), or null.
 */
export function appUrlWaarschuwing(e: Pick<Env, "APP_URL" | "PORT">): string | null {
  const url = new URL(e.APP_URL);
  const lokaal = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  const poort = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  if (!lokaal || poort === e.PORT) return null;
  return `Let op: APP_URL (${e.APP_URL}) wijst naar poort ${poort}, maar de app luistert op poort ${e.PORT}. Links in e-mails werken dan niet. Zet APP_URL goed of laat hem leeg.`;
}

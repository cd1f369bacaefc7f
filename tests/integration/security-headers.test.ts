/**
 * Finding 13: no Content-Security-Policy and no HSTS. The header-building function used by proxy.ts,
 * with the configuration read from the environment the way the app reads it (lib/env.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "@/lib/env";
import { contentSecurityPolicy, maakNonce, securityHeaders, tegelBron } from "@/lib/security/headers";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["APP_URL", "MAP_TILE_URL", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvForTests();
});

function metEnv(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  resetEnvForTests();
  return env();
}

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

describe("finding 13: security headers", () => {
  it("finding 13: APP_URL=https gives a nonce CSP without unsafe-inline scripts and HSTS", () => {
    const e = metEnv({ APP_URL: "https://portaal.heusden.example" });
    const nonce = maakNonce();
    const h = securityHeaders(e, nonce);
    expect(h["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    const d = directives(h["Content-Security-Policy"]);
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("script-src")!.join(" ")).not.toContain("unsafe-inline");
    expect(d.get("script-src")!.join(" ")).not.toContain("unsafe-eval");
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.has("upgrade-insecure-requests")).toBe(true);
    // the default tile host (PDOK) and data: for marker icons
    expect(d.get("img-src")).toEqual(expect.arrayContaining(["'self'", "data:", "https://service.pdok.nl"]));
  });

  it("finding 13: APP_URL=http (local demo) gets the CSP but no HSTS and no upgrade-insecure-requests", () => {
    const e = metEnv({ APP_URL: "http://localhost:3000" });
    const h = securityHeaders(e, maakNonce());
    expect(h["Strict-Transport-Security"]).toBeUndefined();
    expect(h["Content-Security-Policy"]).toContain("'strict-dynamic'");
    expect(directives(h["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(false);
  });

  it("finding 13: every request gets a different, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => maakNonce()));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("finding 13: img-src follows MAP_TILE_URL and form-action allows the configured OIDC issuer", () => {
    const e = metEnv({
      APP_URL: "https://portaal.heusden.example",
      MAP_TILE_URL: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
      OIDC_ISSUER: "https://login.heusden.example/realms/gemeente",
      OIDC_CLIENT_ID: "portaal",
      OIDC_CLIENT_SECRET: "geheim",
    });
    const d = directives(contentSecurityPolicy(e, "abc"));
    expect(d.get("img-src")).toContain("https://*.tile.openstreetmap.org");
    expect(d.get("img-src")).not.toContain("https://service.pdok.nl");
    expect(d.get("form-action")).toEqual(["'self'", "https://login.heusden.example"]);
  });

  it("tile source: host and port kept, placeholders and paths dropped, garbage refused", () => {
    expect(tegelBron("http://127.0.0.1:4321/{z}/{x}/{y}.png")).toBe("http://127.0.0.1:4321");
    expect(tegelBron("https://service.pdok.nl/brt/{z}/{x}/{y}.png")).toBe("https://service.pdok.nl");
    expect(tegelBron("javascript:alert(1)")).toBeNull();
    expect(tegelBron("https://evil.example; script-src *")).toBeNull();
  });
});

/**
 * Security headers for every page and API response (set in proxy.ts, finding 13).
 *
 * - Content-Security-Policy with a fresh nonce per request. Next.js reads the nonce from the CSP
 *   request header and puts it on its own scripts; 'strict-dynamic' lets those scripts load the
 *   lazily loaded chunks (the map). No 'unsafe-inline' for scripts. Styles keep 'unsafe-inline'
 *   (React style attributes and Leaflet need it; with a nonce in style-src that would be ignored,
 *   so style-src has no nonce).
 * - img-src allows the map tile host from MAP_TILE_URL and data: (marker icons).
 * - form-action allows the OIDC issuer when configured (the sign-in form redirects there).
 * - Strict-Transport-Security only when APP_URL is https (a plain-http demo must stay reachable).
 */
import type { Env } from "../env.ts";

export type SecurityEnv = Pick<Env, "APP_URL" | "MAP_TILE_URL" | "OIDC_ISSUER" | "NODE_ENV">;

/** A fresh, unguessable nonce (128 bits, base64). Web Crypto: works in every runtime. */
export function maakNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The CSP source for a tile URL template such as https://{s}.tile.example/{z}/{x}/{y}.png:
 * scheme + host (+ port), with a {s} subdomain placeholder as a wildcard. Null when not a URL.
 */
export function tegelBron(template: string): string | null {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!m) return null;
  const host = m[2].replace(/\{s\}/g, "*");
  if (!/^[a-z0-9.*:[\]-]+$/i.test(host)) return null;
  return `${m[1].toLowerCase()}://${host.toLowerCase()}`;
}

function origin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : null;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy(e: SecurityEnv, nonce: string): string {
  const https = e.APP_URL.startsWith("https:");
  const tegels = tegelBron(e.MAP_TILE_URL);
  const issuer = origin(e.OIDC_ISSUER);
  const directives = [
    "default-src 'self'",
    // In development React uses eval for its error overlay; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${e.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tegels ? ` ${tegels}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${issuer}` : ""}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** All headers the proxy sets on a response (CSP, and HSTS on https). */
export function securityHeaders(e: SecurityEnv, nonce: string): Record<string, string> {
  const h: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy(e, nonce) };
  if (e.APP_URL.startsWith("https:")) h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return h;
}

/** Where to go after signing in (`?terug=`): only a path on this site. Pure: no server imports. */
const RETURN_BASE = "http://terug.invalid";
// C0 controls, DEL and C1 controls: browsers strip TAB/CR/LF from URLs, so "/\t/evil" becomes "//evil".
const UNSAFE_IN_PATH = /[\u0000-\u001F\u007F-\u009F\\]/;

/** Decodes percent-escapes (up to three layers) so encoded tricks are checked too. */
function decodedForms(p: string): string[] {
  const forms = [p];
  let cur = p;
  for (let i = 0; i < 3 && cur.includes("%"); i++) {
    try {
      cur = decodeURIComponent(cur);
    } catch {
      break; // a lone "%" (e.g. "50%") cannot hide anything further
    }
    forms.push(cur);
  }
  return forms;
}

/**
 * Only a path on this site is allowed as a destination after sign-in: it must start with one "/",
 * contain no control characters or backslashes (also not percent-encoded), and resolve to our own
 * origin. Anything else gives "/mijn". Returns the normalised path.
 */
export function safeReturnPath(p: string | null | undefined): string {
  const fallback = "/mijn";
  if (typeof p !== "string" || !p || p.length > 2000) return fallback;
  for (const f of decodedForms(p)) {
    if (UNSAFE_IN_PATH.test(f)) return fallback;
    if (!f.startsWith("/") || f.startsWith("//")) return fallback;
  }
  let url: URL;
  try {
    url = new URL(p, RETURN_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== RETURN_BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

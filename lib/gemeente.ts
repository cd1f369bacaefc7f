/**
 * The CBS gemeentecode (GMxxxx) of this portal's gemeente: the CBS import keeps only features of this
 * gemeente. One function so it can later read the setting on /beheer/instellingen (issue 13).
 * Today: env GEMEENTECODE, default "GM0797" (Heusden, the demo seed).
 */
export function gemeentecode(): string {
  const v = (process.env.GEMEENTECODE ?? "").trim().toUpperCase();
  return /^GM\d{4}$/.test(v) ? v : "GM0797";
}

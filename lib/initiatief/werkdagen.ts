/**
 * Working days (werkdagen) for the review queue's response time. Counts Monday to Friday only;
 * public holidays are NOT taken into account. Days are calendar dates in UTC.
 */
const DAY = 86_400_000;

function startOfDayUtc(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function isWerkdag(ms: number): boolean {
  const dow = new Date(ms).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** Number of working days after the date of `van` up to and including the date of `tot` (0 on the same day). */
export function werkdagenTussen(van: Date, tot: Date): number {
  const start = startOfDayUtc(van);
  const end = startOfDayUtc(tot);
  if (end <= start) return 0;
  const days = Math.round((end - start) / DAY);
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let ms = start + fullWeeks * 7 * DAY + DAY; ms <= end; ms += DAY) if (isWerkdag(ms)) count += 1;
  return count;
}

/**
 * The boundary for "waited more than n working days": werkdagenTussen(van, nu) > n exactly when
 * van < the returned moment. Used as a database filter (ingediendOp < grens).
 */
export function werkdagGrens(nu: Date, n: number): Date {
  // Walk back from today (inclusive) to the (n+1)-th working day; anything before that day has waited > n.
  let ms = startOfDayUtc(nu);
  let found = 0;
  for (;;) {
    if (isWerkdag(ms)) {
      found += 1;
      if (found === n + 1) return new Date(ms);
    }
    ms -= DAY;
  }
}

/**
 * Reads the JSON reports of vitest and Playwright for `npm test`: how many passed and failed, and the
 * name of every failed test with the first line of its error. `npm test` repeats those names at the
 * end, so the last lines of a CI log say what failed (the middle of a long log is often cut off).
 */

export interface Uitslag {
  geslaagd: number;
  mislukt: number;
  /** "label: file › test name: first line of the error" per failed test. */
  mislukteTests: string[];
  /** Tests that failed first and passed on a retry (Playwright in CI): listed, so flakiness stays visible. */
  wankeleTests: string[];
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** The first non-empty line of an error message, without colour codes, at most 300 characters. */
export function eersteRegel(bericht: unknown): string {
  const regels = String(bericht ?? "").replace(ANSI, "").split("\n");
  return (regels.find((r) => r.trim()) ?? "").trim().slice(0, 300);
}

export interface VitestJson {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { name?: string; status?: string; message?: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

/** A vitest JSON report (`--reporter=json`). A file that failed without a failed test (an import error) counts too. */
export function vitestUitslag(json: VitestJson, label: string, cwd: string): Uitslag {
  const mislukteTests: string[] = [];
  for (const bestand of json.testResults ?? []) {
    const naam = String(bestand.name ?? "").replace(`${cwd}/`, "");
    const tests = bestand.assertionResults ?? [];
    for (const t of tests) {
      if (t.status === "failed") mislukteTests.push(`${label}: ${naam} › ${t.fullName}: ${eersteRegel(t.failureMessages?.[0])}`);
    }
    if (bestand.status === "failed" && !tests.some((t) => t.status === "failed")) {
      mislukteTests.push(`${label}: ${naam}: ${eersteRegel(bestand.message) || "het bestand kon niet draaien"}`);
    }
  }
  return { geslaagd: json.numPassedTests ?? 0, mislukt: json.numFailedTests ?? 0, mislukteTests, wankeleTests: [] };
}

interface PlaywrightFout {
  message?: string;
  location?: { file?: string; line?: number };
}
interface PlaywrightResult {
  status?: string;
  error?: PlaywrightFout;
  errors?: PlaywrightFout[];
}
interface PlaywrightSpec {
  title: string;
  ok: boolean;
  file?: string;
  line?: number;
  tests?: { projectName?: string; status?: string; results?: PlaywrightResult[] }[];
}
interface PlaywrightSuite {
  title?: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}
export interface PlaywrightJson {
  stats?: { expected?: number; flaky?: number; unexpected?: number };
  suites?: PlaywrightSuite[];
}

/**
 * The error of a failed run in one line. A timeout names no line of the spec itself; Playwright adds a
 * second error for the step that was waiting, with its place: that is named too ("bij x.spec.ts:58: ...").
 */
export function playwrightFout(r: PlaywrightResult): string {
  const eerste = eersteRegel(r.error?.message) || r.status || "";
  if (r.error?.location) return eerste;
  const stap = (r.errors ?? []).find((e) => e.location?.line);
  if (!stap) return eerste;
  const plek = `${String(stap.location!.file ?? "").split("/").pop()}:${stap.location!.line}`;
  return `${eerste} (bij ${plek}: ${eersteRegel(stap.message).replace(/^Error: /, "")})`;
}

/** A Playwright JSON report. Top-level suites are files; nested ones are describe blocks, named in the path. */
export function playwrightUitslag(json: PlaywrightJson, label: string): Uitslag {
  const mislukteTests: string[] = [];
  const wankeleTests: string[] = [];
  const loop = (suite: PlaywrightSuite, pad: string[]) => {
    for (const spec of suite.specs ?? []) {
      const naam = [...pad, spec.title].join(" › ");
      for (const t of spec.tests ?? []) {
        const wie = `${label}: [${t.projectName ?? "?"}] ${spec.file}:${spec.line} › ${naam}`;
        const laatste = t.results?.at(-1);
        if (t.status === "flaky") {
          const eerder = t.results?.find((r) => r.status !== "passed");
          wankeleTests.push(`${wie}: ${eerder ? playwrightFout(eerder) : "slaagde bij herhaling"}`);
          continue;
        }
        if (spec.ok || !laatste || laatste.status === "passed" || laatste.status === "skipped") continue;
        mislukteTests.push(`${wie}: ${playwrightFout(laatste)}`);
      }
    }
    for (const s of suite.suites ?? []) loop(s, [...pad, s.title ?? ""]);
  };
  for (const bestand of json.suites ?? []) loop(bestand, []);
  const stats = json.stats ?? {};
  return { geslaagd: (stats.expected ?? 0) + (stats.flaky ?? 0), mislukt: stats.unexpected ?? 0, mislukteTests, wankeleTests };
}

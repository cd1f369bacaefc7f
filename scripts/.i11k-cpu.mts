// CPU time of the server process per request (utime+stime from /proc), sequential and with concurrency.
import { readFileSync, readdirSync } from "node:fs";
const [base, pidArg, nArg, concArg, ...urls] = process.argv.slice(2);
const n = Number(nArg), conc = Number(concArg);
const tick = 1000 / 100; // CLK_TCK 100
function pids(root: number): number[] {
  const all = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const kids = (p: number): number[] => all.filter((c) => { try { return Number(readFileSync(`/proc/${c}/stat`, "utf8").split(") ")[1].split(" ")[1]) === p; } catch { return false; } });
  const out = [root]; for (let i = 0; i < out.length; i++) out.push(...kids(out[i])); return out;
}
const cpu = (ps: number[]) => ps.reduce((s, p) => { try { const f = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" "); return s + (Number(f[11]) + Number(f[12])) * tick; } catch { return s; } }, 0);
const ps = pids(Number(pidArg));
for (const u of urls) {
  for (let i = 0; i < 20; i++) await (await fetch(base + u, { headers: { "accept-encoding": "identity" } })).arrayBuffer();
  const c0 = cpu(ps); const t0 = performance.now();
  let i = 0;
  await Promise.all(Array.from({ length: conc }, async () => { while (i++ < n) await (await fetch(base + u, { headers: { "accept-encoding": "identity" } })).arrayBuffer(); }));
  const c1 = cpu(ps);
  console.log(`${u}: ${((c1 - c0) / n).toFixed(2)} ms CPU per request, ${(n / ((performance.now() - t0) / 1000)).toFixed(1)} req/s (conc ${conc})`);
}

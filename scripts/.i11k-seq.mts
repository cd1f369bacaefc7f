const base = process.argv[2]; const n = Number(process.argv[3] ?? 40);
for (const u of process.argv.slice(4)) {
  for (let i = 0; i < 5; i++) await (await fetch(base + u)).arrayBuffer();
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await (await fetch(base + u)).arrayBuffer(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(u, "median", ts[Math.floor(n / 2)].toFixed(1), "min", ts[0].toFixed(1));
}

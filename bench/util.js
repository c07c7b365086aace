// Shared helpers for the benchmarks: timing loops that report medians, no assertions.
require("../scripts/register-ts");

function timeIt(fn, { minMs = 300, rounds = 5 } = {}) {
  // Calibrate the number of iterations so a round lasts about minMs / rounds.
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(i);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms > minMs / rounds) break;
    n *= 2;
  }
  const per = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(i);
    per.push(Number(process.hrtime.bigint() - t0) / n);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)]; // ns per call, median round
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (n, d = 0) => n.toLocaleString("sv-SE", { maximumFractionDigits: d, minimumFractionDigits: d });

module.exports = { timeIt, median, fmt };

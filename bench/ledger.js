// GRANT_TRACE in ledger mode over 100 000 rows, against a naive multi-pass implementation.
const { median, fmt } = require("./util");
const api = require("../src/core/functions/api.ts");

const ITEMS = ["Egen personal", "Inhyrd personal", "Köpt vård", "Övriga varor och tjänster", "Digitalisering", "Utbildning"];

function ledger(rows) {
  const m = [["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"]];
  for (let i = 0; i < rows; i++) {
    const linked = i % 3 !== 0;
    m.push([`Mål ${i % 7}`, linked ? `Aktivitet ${i % 40}` : "", ITEMS[i % ITEMS.length], ((i * 37) % 1000) / 100, linked ? `Indikator ${i % 5}` : "", linked && i % 2 ? `${i % 90} %` : ""]);
  }
  return m;
}

/** The same output computed the obvious way: one filter pass per cost item, then one per aggregate. */
function naive(m, received) {
  const body = m.slice(1).filter((r) => r[3] !== "" && r[3] !== null);
  const items = [...new Set(body.map((r) => String(r[2]).trim()))];
  const out = items.map((it) => {
    const rows = body.filter((r) => String(r[2]).trim() === it);
    return [
      it,
      rows.reduce((s, r) => s + Number(r[3]), 0),
      [...new Set(rows.map((r) => String(r[1]).trim()).filter(Boolean))].join("; "),
      [...new Set(rows.filter((r) => r[4]).map((r) => `${r[4]}: ${r[5] || "utfall saknas"}`))].join("; "),
    ];
  });
  const goals = [...new Set(body.map((r) => String(r[0]).trim()).filter(Boolean))];
  const linked = body.filter((r) => r[1] && r[4] && r[5]).reduce((s, r) => s + Number(r[3]), 0);
  return { out, goals, linked: linked / received };
}

module.exports = function run() {
  const m = ledger(100000);
  const time = (fn) => {
    const xs = [];
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      fn();
      xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return median(xs);
  };
  const ours = time(() => api.grantTrace(m, 500000));
  const base = time(() => naive(m, 500000));
  console.log("GRANT_TRACE med egen huvudbok, 100 000 rader");
  console.log(`  GRANT_TRACE:               ${fmt(ours, 1)} ms (median av 7, mål < 100 ms)`);
  console.log(`  naiv flerpass, samma utdata (baslinje): ${fmt(base, 1)} ms  → kvot ${fmt(base / ours, 1)}×`);
  return { ms: ours, baselineMs: base };
};

if (require.main === module) module.exports();

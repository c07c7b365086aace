// GRANT_TRACE in ledger mode over 100 000 rows, against a naive multi-pass implementation.
const { median, fmt } = require("./util");
const api = require("../src/core/functions/api.ts");

const ITEMS = ["Egen personal", "Inhyrd personal", "Köpt vård", "Övriga varor och tjänster", "Digitalisering", "Utbildning"];

function ledger(rows) {
  const m = [["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"]];
  for (let i = 0; i < rows; i++) {
    const linked = i % 3 !== 0;
    m.push([
      `Mål ${i % 7}`,
      linked ? `Aktivitet ${i % 40}` : "",
      ITEMS[i % ITEMS.length],
      ((i * 37) % 1000) / 100,
      linked ? `Indikator ${i % 5}` : "",
      linked && i % 2 ? `${i % 90} %` : "",
    ]);
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

/**
 * A whole-column ledger (1 048 576 rows, 1 000 000 filled) with varied texts: 50 goals, 300 activities,
 * 40 cost items, 60 indicators and 100 outcomes in no particular order, amounts in öre. The range arrives
 * as Excel passes it to a custom function: parsed from JSON, each cell its own string.
 */
function variedLedger() {
  const m = [["Mål", "Aktivitet", "Kostnadspost", "Belopp (kr)", "Resultatindikator", "Utfall"]];
  for (let r = 1; r < 1_048_576; r++) {
    if (r > 1_000_000) {
      m.push([null, null, null, null, null, null]);
      continue;
    }
    const a = (r * 7919) % 300;
    m.push([
      `Mål ${(r * 31) % 50}: kortare väntetider i primärvården`,
      `Aktivitet ${a}: utökad mottagning`,
      `Kostnadspost ${(r * 13) % 40}`,
      ((r * 7331) % 10_000_000) / 100,
      r % 4 ? `Indikator ${a % 60}` : "",
      r % 3 ? `${(r * 17) % 100} %` : "",
    ]);
  }
  return JSON.parse(JSON.stringify(m));
}

/** The baseline: a plain loop that visits the same cells (each value's type, a string's length). */
function visit(m) {
  let n = 0;
  for (const row of m) for (const v of row) n += typeof v === "string" ? v.length & 1 : typeof v === "number" ? 1 : 2;
  return n;
}

function wholeColumn() {
  const m = variedLedger();
  const ms = (fn) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  api.grantTrace(m, 5e9); // warm-up
  const ours = [];
  const base = [];
  for (let i = 0; i < 5; i++) {
    ours.push(ms(() => api.grantTrace(m, 5e9)));
    base.push(ms(() => visit(m)));
  }
  const o = median(ours);
  const b = median(base);
  console.log("GRANT_TRACE(A:F) över en hel kolumn: 1 048 576 rader, 1 000 000 ifyllda (50 mål, 300 aktiviteter, 40 kostnadsposter)");
  console.log(`  GRANT_TRACE:               ${fmt(o, 0)} ms per omräkning (median av 5, mål < 300 ms)`);
  console.log(`  baslinje, slinga över samma celler: ${fmt(b, 0)} ms  → kvot ${fmt(o / b, 1)}× slingan`);
  return { ms: o, baselineMs: b };
}

function hundredThousand() {
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
}

module.exports = function run() {
  const small = hundredThousand();
  const whole = wholeColumn();
  return { ...small, wholeColumn: whole };
};

if (require.main === module) module.exports();

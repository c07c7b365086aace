// UPPFOLJNING over a 100 000-row ledger, against a plain loop over the same rows computing the same crosswalk
// (linear search of the account ranges, a map of areas, sums in öre), in the same run; and the report's formulas
// (Återrapportering and the ledger's Kostnadsslag/Insatsområde columns) recalculated by LibreOffice headless over the
// same ledger, against the same conversion of the workbook with the formulas replaced by their values
// (followupXlsx.js). Figures, not assertions (the bench throws if LibreOffice's figures differ from the model's).
require("../scripts/register-ts");
const { median, fmt } = require("./util");
const api = require("../src/core/functions/api.ts");
const { presetRules } = require("../src/core/followup/presets.ts");
const reportFormulas = require("./followupXlsx");

const ROWS = 100000;
// The same areas and accounts as the report's bench (bench/followupXlsx.js), whose ledger mirrors this one.
const { AREAS, ACCOUNTS } = reportFormulas;

function tables() {
  const ledger = [["Projekt", "Aktivitetsobjekt", "Konto", "Kostnadspost", "Belopp (kr)", "År"]];
  for (let i = 0; i < ROWS; i++) {
    const project = i % 11 === 0 ? "" : `P${i % 60}`;
    ledger.push([project, "", ACCOUNTS[i % ACCOUNTS.length], "", ((i * 7919) % 1000000) / 100 - 500, 2024]);
  }
  const costs = [["Från konto", "Till konto", "Kostnadsslag"], ...presetRules("bas").map((r) => [r.from, r.to, r.costType])];
  const areas = [["Projekt", "Insatsområde"]];
  for (let p = 0; p < 50; p++) areas.push([`P${p}`, AREAS[p % AREAS.length]]);
  return { ledger, costs, areas };
}

/** The same sums the obvious way. */
function plain(t) {
  const rules = t.costs.slice(1);
  const area = new Map(t.areas.slice(1).map((r) => [r[0], r[1]]));
  const cells = new Map();
  let total = 0;
  for (let i = 1; i < t.ledger.length; i++) {
    const r = t.ledger[i];
    const ore = Math.round(r[4] * 100);
    const n = Number(r[2]);
    let ct = "Ej klassat";
    for (const x of rules) if (n >= x[0] && n <= x[1]) ct = x[2];
    const key = `${ct}|${area.get(r[0]) ?? "Ej kopplat"}`;
    cells.set(key, (cells.get(key) ?? 0) + ore);
    total += ore;
  }
  return { cells, total };
}

module.exports = async function run() {
  const t = tables();
  const time = (fn) => {
    const xs = [];
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      fn();
      xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return median(xs);
  };
  // Same figures, or the comparison means nothing.
  const out = api.uppfoljning(t.ledger, t.costs, t.areas, 2024);
  const p = plain(t);
  const grand = out[out.length - 2][out[0].length - 1];
  if (Math.round(grand * 100) !== p.total) throw new Error(`UPPFOLJNING ${grand} ≠ plain loop ${p.total / 100}`);
  const ours = time(() => api.uppfoljning(t.ledger, t.costs, t.areas, 2024));
  const base = time(() => plain(t));
  console.log(
    `UPPFOLJNING över en huvudbok med ${ROWS.toLocaleString("sv-SE")} rader (${t.costs.length - 1} kontointervall, ${t.areas.length - 1} projekt)`,
  );
  console.log(`  UPPFOLJNING:                       ${fmt(ours, 1)} ms (median av 7)`);
  console.log(`  enkel loop, samma summor (baslinje): ${fmt(base, 1)} ms  → UPPFOLJNING tar ${fmt(ours / base, 2)}× baslinjens tid`);
  const xlsx = await formulas();
  return { ms: ours, baselineMs: base, xlsx };
};

/** Over ~2 min at 100 000 rows, the 10 000-row figure is printed too. */
const SLOW_MS = 120_000;

async function formulas() {
  console.log(`Återrapporteringens formler i LibreOffice (soffice --headless --convert-to csv), samma huvudbok och tabeller`);
  const line = (r) => {
    console.log(
      `  ${r.n.toLocaleString("sv-SE")} rader: ${r.replaced.toLocaleString("sv-SE")} formler; ${r.figures.cells} siffror i Återrapportering lika med modellens på öret (${r.figures.costTypes} kostnadsslag, ${r.figures.areas} insatsområden, summa ${r.figures.total.toLocaleString("sv-SE")} kr, differens ${r.figures.difference})`,
    );
    console.log(`    öppna + räkna om + konvertera, med formler:          ${fmt(r.formulasMs, 0)} ms`);
    console.log(
      `    samma konvertering, formlerna ersatta av värden (baslinje): ${fmt(r.valuesMs, 0)} ms  → formlerna tar ${fmt(r.formulasMs / r.valuesMs, 2)}× baslinjens tid (omräkningen ≈ ${fmt(r.formulasMs - r.valuesMs, 0)} ms)`,
    );
  };
  const big = await reportFormulas([ROWS]);
  if (big === null) {
    console.log(
      `  hoppade över: soffice saknas (${process.env.SOFFICE_PATH ?? "/usr/bin/soffice"}; apt-get install -y libreoffice-calc-nogui)`,
    );
    return null;
  }
  line(big[0]);
  const out = [big[0]];
  if (big[0].formulasMs > SLOW_MS) {
    const small = await reportFormulas([10000]);
    line(small[0]);
    out.push(small[0]);
  }
  return out;
}

if (require.main === module) module.exports();

// The report's formulas: the follow-up workbook (.xlsx) for a synthetic ledger, recalculated by LibreOffice headless
// (as test/xlsx/followup*.libreoffice.test.ts do), against the same soffice conversion of the same workbook with every
// formula replaced by the value LibreOffice computed (so soffice start-up and file I/O cancel out). Figures only.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeXlsx } = require("../src/xlsx/package.ts");
const { parseCsv } = require("../test/xlsx/csv.ts");
const {
  followupInput,
  followupPlans,
  ledgerSheetWithRows,
  SHEETS,
  UNCLASSIFIED,
  UNMAPPED,
} = require("../src/core/workbook/followupPlan.ts");
const { crosswalk } = require("../src/core/followup/model.ts");
const { modelRow } = require("../src/core/followup/fromBooks.ts");
const { presetRules } = require("../src/core/followup/presets.ts");
const { layoutSheet, parseAddress } = require("../src/core/workbook/layout.ts");

const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false,-1";
const AREAS = [
  "Omställning till en nära vård",
  "Tillgänglighet",
  "Kontinuitet och fast läkarkontakt",
  "Vårdens medarbetare",
  "Kompetensförsörjning",
];
const ACCOUNTS = ["4010", "5010", "5410", "6110", "6810", "6990", "7010", "7210", "7510", "7690", "7830", "7960"];

/** The bench's ledger as SIE ledger rows: same projects, accounts and amounts; a distinct activity per row so none merge. */
function ledgerRows(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const project = i % 11 === 0 ? "" : `P${i % 60}`;
    const ore = Math.round((((i * 7919) % 1000000) / 100 - 500) * 100);
    rows.push({
      year: "2024",
      project,
      projectName: project ? `Projekt ${project}` : "",
      activity: `A${i}`,
      activityName: "",
      account: ACCOUNTS[i % ACCOUNTS.length],
      accountName: `Konto ${ACCOUNTS[i % ACCOUNTS.length]}`,
      ore,
      vouchers: 1,
      budgetOre: null,
    });
  }
  return rows;
}

function plans(n) {
  const rows = ledgerRows(n);
  const rules = presetRules("bas");
  const mappings = [];
  for (let p = 0; p < 50; p++) mappings.push({ project: `P${p}`, area: AREAS[p % AREAS.length] });
  const input = followupInput({
    year: 2024,
    received: null,
    rows,
    rules,
    preset: { name: "BAS", source: "bench" },
    areas: AREAS.map((name) => ({ name, source: "bench" })),
    mappings,
    results: [],
    resultYears: [2024],
    kolada: { loaded: false, region: null, regionName: "Bench", fetchedAt: () => undefined },
  });
  const ledger = ledgerSheetWithRows("Bench", rows, { file: "bench.se", generated: "", year: "2024" }, []);
  const { sheets, cells } = followupPlans(input);
  const model = crosswalk(rows.map(modelRow), rules, mappings, { results: [], areaOrder: AREAS });
  return { sheets: [ledger, ...sheets], cells, model, rows: ledger.tables[0].rows.length };
}

/** soffice --convert-to csv (every sheet); ms and the grids by sheet name. */
function convert(file, dir, profile, names) {
  fs.mkdirSync(dir, { recursive: true });
  const t0 = process.hrtime.bigint();
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", CSV, "--outdir", dir, file],
    {
      stdio: "pipe",
      timeout: 900_000,
    },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const base = path.basename(file, ".xlsx");
  const grids = {};
  for (const name of names) {
    const f = path.join(dir, `${base}-${name}.csv`);
    if (fs.existsSync(f)) grids[name] = parseCsv(fs.readFileSync(f, "utf8"));
  }
  return { ms, grids };
}

const asValue = (s) => (s !== undefined && s !== "" && Number.isFinite(Number(s)) ? Number(s) : (s ?? ""));

/** The same sheets with every formula replaced by what LibreOffice computed for that cell. */
function valuesOnly(sheets, grids) {
  let replaced = 0;
  const out = sheets.map((sheet) => {
    const g = grids[sheet.name] ?? [];
    const lay = layoutSheet(sheet);
    const tables = sheet.tables.map((t, k) => {
      if (!t.formulas) return t;
      const at = lay.tables[k];
      const rows = t.rows.map((r, i) =>
        r.map((v, j) => {
          if (typeof v !== "string" || !v.startsWith("=")) return v;
          replaced++;
          return asValue(g[at.row + 1 + i]?.[at.col + j]);
        }),
      );
      return { ...t, formulas: false, rows };
    });
    const cells = (sheet.cells ?? []).map((c) => {
      if (typeof c.value !== "string" || !c.value.startsWith("=")) return c;
      replaced++;
      const p = parseAddress(c.address);
      return { ...c, value: asValue(g[p.row]?.[p.col]) };
    });
    return { ...sheet, tables, cells };
  });
  return { sheets: out, replaced };
}

/** Build, recalculate, check against the model, time against the values-only baseline. */
async function measure(n, dir, profile) {
  const p = plans(n);
  const names = p.sheets.map((s) => s.name);
  const withF = path.join(dir, `formler-${n}.xlsx`);
  fs.writeFileSync(withF, await writeXlsx(p.sheets));
  const f = convert(withF, path.join(dir, `formler-${n}`), profile, names);
  const report = f.grids[SHEETS.report];
  if (!report) throw new Error(`LibreOffice skrev inget blad ${SHEETS.report}`);
  const num = (a1) => {
    const q = parseAddress(a1);
    return Number(report[q.row]?.[q.col]);
  };
  // Återrapportering's figures against the model, to the öre.
  const bad = [];
  const eq = (what, a1, ore) => {
    if (Math.round(num(a1) * 100) !== ore) bad.push(`${what}: ${num(a1)} ≠ ${ore / 100}`);
  };
  for (const t of p.model.costTypes) eq(t.name, p.cells.costTypes[t.name] ?? p.cells.costTypes[UNCLASSIFIED], t.ore);
  for (const a of p.model.areas) eq(a.name, p.cells.areas[a.name] ?? p.cells.areas[UNMAPPED], a.ore);
  for (const m of p.model.matrix) {
    const at = p.cells.matrix[`${m.costType}|${m.area}`];
    if (at === undefined) bad.push(`korstabellen saknar ${m.costType} × ${m.area}`);
    else eq(`${m.costType} × ${m.area}`, at, m.ore);
  }
  const totalOre = p.model.total;
  eq("huvudbokens summa", p.cells.ledgerTotal, totalOre);
  if (num(p.cells.difference) !== 0) bad.push(`differens ${num(p.cells.difference)}`);
  if (bad.length) throw new Error(`Återrapportering i LibreOffice ≠ modellen:\n  ${bad.join("\n  ")}`);
  const v = valuesOnly(p.sheets, f.grids);
  const valF = path.join(dir, `varden-${n}.xlsx`);
  fs.writeFileSync(valF, await writeXlsx(v.sheets));
  const b = convert(valF, path.join(dir, `varden-${n}`), profile, names);
  const figures = {
    costTypes: p.model.costTypes.length,
    areas: p.model.areas.length,
    cells: p.model.costTypes.length + p.model.areas.length + p.model.matrix.length + 2,
    total: num(p.cells.ledgerTotal),
    difference: num(p.cells.difference),
  };
  return { n, rows: p.rows, formulasMs: f.ms, valuesMs: b.ms, replaced: v.replaced, figures };
}

/** null when soffice is missing. */
module.exports = async function reportFormulas(sizes) {
  if (!fs.existsSync(SOFFICE)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-bench-followup-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pv-bench-lo-profile-"));
  try {
    const out = [];
    for (const n of sizes) out.push(await measure(n, dir, profile));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
};

// The ledger's areas and accounts, one home for both follow-up benches (bench/followup.js builds its table from them).
module.exports.AREAS = AREAS;
module.exports.ACCOUNTS = ACCOUNTS;

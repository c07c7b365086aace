// The downloadable .xlsx: file size against the catalogue CSV (same build), and time to write it against
// the time to compute the plans it executes, with deflate (CompressionStream) and stored (no compression).
const { median, fmt } = require("./util");
const { catalog } = require("../src/core/dataset/lookup.ts");
const { catalogRows, toCsv } = require("../src/core/dataset/exportCatalog.ts");
const { referenceWorkbookPlan } = require("../src/xlsx/referenceWorkbook.ts");
const { writeXlsx } = require("../src/xlsx/package.ts");
const { platformDeflate } = require("../src/xlsx/zip.ts");

async function ms(fn, runs = 7) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(t);
}

module.exports = async function run() {
  const plan = referenceWorkbookPlan();
  const deflated = await writeXlsx(plan.sheets, plan.rowFormats);
  const stored = await writeXlsx(plan.sheets, plan.rowFormats, { deflate: null });
  const csv = Buffer.byteLength(toCsv(catalogRows(catalog())));
  const planMs = await ms(() => referenceWorkbookPlan());
  const deflateMs = await ms(() => writeXlsx(plan.sheets, plan.rowFormats, { deflate: platformDeflate() }));
  const storeMs = await ms(() => writeXlsx(plan.sheets, plan.rowFormats, { deflate: null }));
  const charts = plan.sheets.reduce((n, s) => n + s.charts.length, 0);
  const tables = plan.sheets.reduce((n, s) => n + s.tables.length, 0);
  console.log(`Arbetsbok som .xlsx (${plan.sheets.length} blad, ${tables} tabeller, ${charts} diagram)`);
  console.log(`  filstorlek, deflate:     ${fmt(deflated.length / 1024, 1)} KB (${fmt(deflated.length / csv, 2)} × indicators.csv på ${fmt(csv / 1024, 1)} KB)`);
  console.log(`  filstorlek, okomprimerad: ${fmt(stored.length / 1024, 1)} KB (${fmt(stored.length / deflated.length, 1)} × deflate)`);
  console.log(`  skriva filen, deflate:   ${fmt(deflateMs, 1)} ms (${fmt(deflateMs / planMs, 1)} × att beräkna planerna, ${fmt(planMs, 1)} ms)`);
  console.log(`  skriva filen, okomprimerad: ${fmt(storeMs, 1)} ms (${fmt(storeMs / planMs, 1)} × planerna)`);
  return { bytes: deflated.length, storedBytes: stored.length, deflateMs, planMs };
};

if (require.main === module) module.exports();

// The full "insert all tables + all charts" action against the recording fake: round trips and payload.
require("./util");
const { FakeContext } = require("../test/excel/fakeExcel.ts");
const { insertAll, newLedger } = require("../src/excel/actions.ts");
const { fmt } = require("./util");

module.exports = async function run() {
  const caps = { api19: true, api18: true };
  const ctx = new FakeContext(1.9);
  const t0 = process.hrtime.bigint();
  const first = await insertAll(caps, ctx.run);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const second = await insertAll(caps, ctx.run);
  const ledgerCtx = new FakeContext(1.9);
  const ledger = await newLedger(caps, ledgerCtx.run);
  const cells = ctx.workbook.sheetList.reduce((s, w) => s + w.cells.size, 0);
  console.log("Arbetsbok: infoga alla referenstabeller och diagram (inspelande Excel-attrapp)");
  console.log(`  context.sync-anrop:      ${first.syncs} första körningen, ${second.syncs} vid omkörning (mål ≤ 3)`);
  console.log(`  förfrågans storlek:      ${fmt(first.payloadBytes / 1024, 1)} KB (gräns 5 MB i Excel på webben)`);
  console.log(`  blad / tabeller / diagram: ${ctx.workbook.sheetList.length} / ${ctx.workbook.allTables().length} / ${ctx.workbook.sheetList.reduce((s, w) => s + w.chartList.length, 0)}, ${fmt(cells)} celler`);
  console.log(`  planering + köande i Node: ${fmt(ms, 1)} ms`);
  console.log(`  ny bidragshuvudbok:      ${ledger.syncs} context.sync-anrop, ${fmt(ledger.payloadBytes / 1024, 1)} KB`);
  return { syncs: first.syncs, resyncs: second.syncs, payloadBytes: first.payloadBytes };
};

if (require.main === module) module.exports();

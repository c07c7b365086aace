// `npm run bench`: every benchmark in one process. Figures, not assertions.
const lookups = require("./lookups");
const ledger = require("./ledger");
const workbook = require("./workbook");
const pane = require("./pane");
const xlsx = require("./xlsx");
const kolada = require("./kolada");
const sie = require("./sie");
const functions = require("./functions");
const followup = require("./followup");

(async () => {
  const only = process.argv[2];
  const all = { lookups, ledger, workbook, pane, xlsx, kolada, sie, functions, followup };
  for (const [name, run] of Object.entries(all)) {
    if (only && only !== name) continue;
    await run();
    console.log("");
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

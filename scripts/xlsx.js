// `npm run xlsx -- --out FILE`: the reference workbook as an .xlsx file, built by src/xlsx from the same
// plans the add-in writes into Excel. Default FILE: dist/nara-vard-indikatorer.xlsx.
const fs = require("fs");
const path = require("path");
const { referenceWorkbook, WORKBOOK_FILE } = require("./built")("xlsx"); // src/xlsx/referenceWorkbook.ts, bundled (scripts/built.js)

const args = process.argv.slice(2);
const at = args.indexOf("--out");
if (at >= 0 && !args[at + 1]) {
  console.error("Ange en fil efter --out, t.ex. npm run xlsx -- --out arbetsbok.xlsx");
  process.exit(2);
}
const out = path.resolve(at >= 0 ? args[at + 1] : path.join("dist", WORKBOOK_FILE));

referenceWorkbook()
  .then((bytes) => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, bytes);
    console.log(`Skrev ${out} (${(bytes.length / 1024).toFixed(1)} KB).`);
  })
  .catch((e) => {
    console.error(`Kunde inte bygga arbetsboken: ${e.message}`);
    process.exit(1);
  });

#!/usr/bin/env node
// npm run sie -- FILE [--json] [--first-only]: reads a SIE 4 file with the add-in's own reader (src/core/sie) and prints a
// summary, or with --json one JSON object. A file that cannot be read exits 1 with a Swedish message on stderr.
const fs = require("fs");
const { SieReader, reconciliationText, summarize, messageFor, formatNumber } = require("./built")("sie");

function die(message) {
  process.stderr.write(message + "\n");
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const firstOnly = args.includes("--first-only");
const file = args.find((a) => !a.startsWith("--"));
if (!file) die("Ange en SIE-fil: npm run sie -- FIL [--json] [--first-only]");

const reader = new SieReader({ duplicates: firstOnly ? "first" : "keep" });
let fd;
try {
  fd = fs.openSync(file, "r");
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, n)); // the reader copies what it keeps
    if (reader.failed) break;
  }
} catch (e) {
  const why =
    e.code === "ENOENT"
      ? "filen finns inte"
      : e.code === "EISDIR"
        ? "det är en mapp"
        : e.code === "EACCES"
          ? "behörighet saknas"
          : e.message;
  die(`Kan inte läsa ${file}: ${why}.`);
} finally {
  if (fd !== undefined) fs.closeSync(fd);
}
const result = reader.end();
if (!result.ok) die(`${file}: ${messageFor(result.error, "sv")}`);
const s = summarize(result.books);
// Exactly the fields the issue lists, in this order.
const JSON_FIELDS = [
  "company",
  "orgNumber",
  "program",
  "encoding",
  "fiscalYears",
  "vouchers",
  "transactions",
  "unbalancedVouchers",
  "duplicateVouchers",
  "checksum",
  "dimensions",
  "byObject",
  "byAccount",
  "reconciliation",
  "budget",
  "warnings",
];
if (json) {
  process.stdout.write(JSON.stringify(Object.fromEntries(JSON_FIELDS.map((k) => [k, s[k]])), null, 2) + "\n");
  process.exit(0);
}
const kr = (n) => `${formatNumber(n, 2)} kr`;
const out = [
  `Företag:        ${s.company ?? "(anges inte)"}`,
  `Org.nr:         ${s.orgNumber ?? "(anges inte)"}`,
  `Program:        ${s.program ?? "(anges inte)"}`,
  `Exporterad:     ${s.generated ?? "(anges inte)"}`,
  `Teckenkodning:  ${s.encoding}`,
  `Räkenskapsår:   ${s.fiscalYears.map((y) => `${y.index}: ${y.start}–${y.end}`).join(", ") || "(anges inte)"}`,
  `Verifikationer: ${s.vouchers}`,
  `Transaktioner:  ${s.transactions}${s.skippedCorrections ? ` (${s.skippedCorrections} #RTRANS/#BTRANS hoppades över)` : ""}`,
  `Kontrollsumma:  ${{ ok: "stämmer", mismatch: "stämmer INTE", absent: "saknas" }[s.checksum]}`,
  reconciliationText(s.reconciliation),
  "",
  "Dimensioner:",
  ...(s.dimensions.length
    ? s.dimensions.map((d) => `  ${d.dim.padStart(3)}  ${d.name} (${d.objects} objekt)${d.parent ? `, del av ${d.parent}` : ""}`)
    : ["  (inga)"]),
  "",
  "Belopp per objekt:",
  ...(s.byObject.length
    ? s.byObject.map(
        (o) => `  ${o.dim.padStart(3)}  ${o.object.padEnd(10)} ${(o.name ?? "(utan #OBJEKT)").padEnd(30)} ${kr(o.amount).padStart(18)}`,
      )
    : ["  (inga)"]),
  "",
  `Konton med transaktioner: ${s.byAccount.length}`,
  "",
  "Budget (#PBUDGET år 0, summerad över perioder):",
  ...(s.budget.byAccount.length || s.budget.byObject.length
    ? [
        ...s.budget.byAccount.map((a) => `  konto ${a.account.padEnd(8)} ${kr(a.amount).padStart(18)}`),
        ...s.budget.byObject.map((o) => `  ${o.dim.padStart(3)}  ${o.object.padEnd(10)} ${kr(o.amount).padStart(18)}`),
      ]
    : ["  (ingen budget i filen)"]),
];
if (s.unbalancedVouchers.length) {
  out.push("", "Obalanserade verifikationer:");
  for (const v of s.unbalancedVouchers) out.push(`  ${v.series} ${v.number} ${v.date} (rad ${v.line}): differens ${kr(v.amount)}`);
}
if (s.duplicateVouchers.length) {
  out.push(
    "",
    `Dubbletter (samma serie, nummer och datum${firstOnly ? ", bara den första lästes in" : ", båda räknade; --first-only läser bara den första"}):`,
    `  ${s.duplicateVouchers.join(", ")}`,
  );
}
if (s.warnings.length) out.push("", "Varningar:", ...s.warnings.map((w) => `  – ${w}`));
process.stdout.write(out.join("\n") + "\n");

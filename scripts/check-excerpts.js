// Dev helper: lists excerpts in src/data that do not occur in their report's text.
const fs = require("fs"); const path = require("path");
const seeds = path.resolve(__dirname, "../../shared/seeds");
const reports = require("../src/data/reports.json");
const norm = (s) => s.replace(/\s+/g, " ").trim();
const text = Object.fromEntries(reports.map((r) => [r.id, norm(fs.readFileSync(path.join(seeds, r.seedFile), "utf8"))]));
let bad = 0;
for (const f of ["observations.json", "findings.json", "tables.json"]) {
  if (!fs.existsSync(path.join(__dirname, "../src/data", f))) continue;
  for (const o of require("../src/data/" + f)) {
    if (!text[o.source.report].includes(norm(o.source.excerpt))) { bad++; console.log(f, o.id, "|", o.source.excerpt); }
  }
}
console.log(bad ? `${bad} missing` : "all excerpts found");
for (const a of require("../src/data/grant-accounts.json")) {
  const acts = [...a.categories.flatMap((c) => c.activities), ...a.unlinkedActivities];
  for (const x of acts) if (!text[x.source.report].includes(norm(x.source.excerpt))) console.log("grant", a.id, "|", x.source.excerpt);
}

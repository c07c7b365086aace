// Lookups through the indexed Catalog against a naive linear scan of the same observations.
const { timeIt, fmt } = require("./util");
const { catalog } = require("../src/core/dataset/lookup.ts");
const { DATASET } = require("../src/core/dataset/dataset.ts");
const api = require("../src/core/functions/api.ts");

function naiveValue(indicator, entity, year) {
  const period = String(year);
  const hits = DATASET.observations.filter((o) => o.indicator === indicator && o.entity === entity && o.period === period);
  if (hits.length === 0) return undefined;
  return hits[0].value;
}

module.exports = function run() {
  const cat = catalog();
  // Every single-year value the dataset holds, queried in turn.
  const queries = DATASET.observations
    .filter((o) => o.value !== undefined && /^\d{4}$/.test(o.period ?? "") && !o.dimension)
    .map((o) => ({ ind: cat.indicator(o.indicator), ent: cat.entity(o.entity), indicator: o.indicator, entity: o.entity, year: Number(o.period) }))
    .filter((q) => {
      try {
        cat.value(q.ind, q.ent, q.year);
        return true;
      } catch {
        return false;
      }
    });
  const n = queries.length;
  let sink = 0;
  const indexed = timeIt((i) => {
    const q = queries[i % n];
    sink += cat.value(q.ind, q.ent, q.year).value;
  });
  const naive = timeIt((i) => {
    const q = queries[i % n];
    sink += naiveValue(q.indicator, q.entity, q.year);
  });
  const byName = timeIt((i) => {
    const q = queries[i % n];
    sink += cat.value(cat.indicator(q.indicator), cat.entity(q.entity), q.year).value;
  });
  const fromCell = timeIt((i) => {
    const q = queries[i % n];
    sink += api.indikator(q.indicator, q.entity, q.year)[0][0];
  });
  console.log(`Uppslag (${n} olika frågor, ${DATASET.observations.length} observationer)`);
  console.log(`  indexerat uppslag:               ${fmt(indexed, 0)} ns/anrop  ${fmt(1e9 / indexed)} anrop/s`);
  console.log(`  naiv linjär sökning (baslinje):  ${fmt(naive, 0)} ns/anrop  ${fmt(1e9 / naive)} anrop/s`);
  console.log(`  kvot indexerat / naivt:          ${fmt(naive / indexed, 1)}×  (mål ≥ 10×, < 1 µs/anrop)`);
  console.log(`  med namnupplösning (text → id):  ${fmt(byName, 0)} ns/anrop`);
  console.log(`  hela INDIKATOR(text; text; år):  ${fmt(fromCell, 0)} ns/anrop`);
  return { indexedNs: indexed, naiveNs: naive, ratio: naive / indexed, sink };
};

if (require.main === module) module.exports();

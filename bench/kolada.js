// HTTP requests to Kolada: 2 KPIs × 21 regions × 6 years, and 126 cells calling KOLADA in one recalculation,
// against a local synthetic server (127.0.0.1). Each count is printed beside the minimum the API allows
// (25 ids per list, pages of at most 5000 rows), computed in the same run, and beside an unbatched baseline.
require("../scripts/register-ts");
const http = require("http");
const { KoladaClient, MAX_IDS, MAX_PER_PAGE } = require("../src/core/kolada/client.ts");
const { REGION_IDS } = require("../src/core/kolada/regions.ts");
const { enableLive, disableLive } = require("../src/core/kolada/live.ts");
const { koladaStore } = require("../src/core/kolada/store.ts");
const { kolada } = require("../src/core/functions/kolada.ts");
const { fmt } = require("./util");

/** Synthetic rows (not Kolada data) for whatever ids are asked, paged like v3: per_page (capped), next_url. */
function startServer(pageCap) {
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(req.url);
    const u = new URL(req.url, "http://127.0.0.1");
    const m = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)(?:\/year\/([^/]+))?$/.exec(u.pathname);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const years = m[3] ? m[3].split(",").map(Number) : [2019, 2020, 2021, 2022, 2023, 2024];
    const rows = [];
    for (const kpi of m[1].split(","))
      for (const region of m[2].split(","))
        for (const period of years)
          rows.push({
            kpi,
            municipality: region,
            period,
            values: [{ gender: "T", value: (Number(region) * 7 + period) % 9000, status: "", isdeleted: false }],
          });
    const per = Math.min(Number(u.searchParams.get("per_page") ?? 100), pageCap);
    const page = Number(u.searchParams.get("page") ?? 1);
    const slice = rows.slice((page - 1) * per, page * per);
    const next = page * per < rows.length ? `http://${req.headers.host}${u.pathname}?page=${page + 1}&per_page=${per}` : null;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ values: slice, count: slice.length, next_url: next, previous_url: null }));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}/v3`, log, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

/** The fewest requests the API's limits allow for kpis × regions × years. */
function minimum(kpis, regions, years, perPage) {
  const lists = Math.ceil(kpis / MAX_IDS) * Math.ceil(regions / MAX_IDS) * Math.ceil(years / MAX_IDS);
  const rowsPerList = Math.min(kpis, MAX_IDS) * Math.min(regions, MAX_IDS) * Math.min(years, MAX_IDS);
  return lists * Math.ceil(rowsPerList / perPage);
}

const opts = (base) => ({ fetch: (u, i) => fetch(u, i), baseUrl: base, minIntervalMs: 0 });
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const KPIS = ["N71000", "N70061"];

async function snapshotCase(pageCap) {
  const s = await startServer(pageCap);
  const client = new KoladaClient(opts(s.base));
  const rows = await client.data({ kpis: KPIS, regions: REGION_IDS, years: YEARS });
  const naive = new KoladaClient(opts(s.base));
  for (const kpi of KPIS) for (const region of REGION_IDS) await naive.data({ kpis: [kpi], regions: [region], years: YEARS });
  await s.close();
  return {
    requests: client.requests,
    rows: rows.length,
    min: minimum(KPIS.length, REGION_IDS.length, YEARS.length, Math.min(pageCap, MAX_PER_PAGE)),
    naive: naive.requests,
  };
}

async function cellsCase() {
  const s = await startServer(MAX_PER_PAGE);
  koladaStore().clear();
  const live = enableLive(opts(s.base));
  const cells = [];
  for (const region of REGION_IDS) for (const year of YEARS) cells.push(kolada("N71000", region, year));
  const values = await Promise.all(cells);
  const requests = live.client.requests;
  disableLive();
  koladaStore().clear();
  const unbatched = new KoladaClient(opts(s.base));
  for (const region of REGION_IDS) for (const year of YEARS) await unbatched.data({ kpis: ["N71000"], regions: [region], years: [year] });
  await s.close();
  return {
    cells: cells.length,
    answered: values.filter((v) => typeof v[0][0] === "number").length,
    requests,
    min: minimum(1, 21, 6, MAX_PER_PAGE),
    unbatched: unbatched.requests,
  };
}

module.exports = async function run() {
  const full = await snapshotCase(MAX_PER_PAGE);
  const capped = await snapshotCase(100);
  const cells = await cellsCase();
  console.log("Kolada: HTTP-anrop (lokal syntetisk server på 127.0.0.1)");
  console.log(`  2 KPI × 21 regioner × 6 år = ${full.rows} värden:`);
  console.log(
    `    klienten (per_page ${MAX_PER_PAGE}):         ${full.requests} anrop  minimum ${full.min}  kvot ${fmt(full.requests / full.min, 2)}×`,
  );
  console.log(
    `    servern ger högst 100 rader/sida:  ${capped.requests} anrop  minimum ${capped.min}  kvot ${fmt(capped.requests / capped.min, 2)}×`,
  );
  console.log(`    baslinje, ett anrop per KPI × region: ${full.naive} anrop  (${fmt(full.naive / full.requests, 0)}× fler)`);
  console.log(`  ${cells.cells} celler =KOLADA(…) i samma omräkning (${cells.answered} besvarade):`);
  console.log(
    `    med batchning:                     ${cells.requests} anrop  minimum ${cells.min}  kvot ${fmt(cells.requests / cells.min, 2)}×`,
  );
  console.log(`    baslinje, ett anrop per cell:      ${cells.unbatched} anrop`);
  return { full, capped, cells };
};

if (require.main === module) module.exports();

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

/** A server that answers every request with the same page text. */
function pageServer(text) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(text);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}/v3`, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}

const v8 = require("v8");
v8.setFlagsFromString("--expose-gc");
const gc = require("vm").runInNewContext("gc");
/** Heap after a collection, in bytes. */
function heap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Memory for a large page: the heap the client holds afterwards (the rows it keeps) and the most it grew while
 * reading, against JSON.parse of the same text in the same run (the floor for any reader of a JSON page).
 */
async function largePageCase() {
  const row = (k, r, y) => ({
    kpi: k,
    municipality: r,
    period: y,
    values: [{ gender: "T", value: y * 3.5, status: "", isdeleted: false }],
  });
  const kpis = Array.from({ length: 25 }, (_, i) => `N${10000 + i}`);
  const regions = [...REGION_IDS, "0000"];
  const legit = JSON.stringify({
    values: kpis.flatMap((k) => regions.flatMap((r) => Array.from({ length: 60 }, (_, y) => row(k, r, 1970 + y)))),
    next_url: null,
  });
  const hostile = JSON.stringify({
    values: Array.from({ length: 250000 }, (_, i) => row("N71000", REGION_IDS[i % 21], 1000 + (i % 1000))),
    next_url: null,
  });
  const measure = async (text, query) => {
    const s = await pageServer(text);
    const client = new KoladaClient({ fetch: (u, i) => fetch(u, i), baseUrl: s.base, minIntervalMs: 0 });
    let peak = 0;
    const base = heap();
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed - base)), 1);
    const rows = await client.data(query).catch((e) => e);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    const kept = heap() - base;
    await s.close();
    const b0 = heap();
    const parsed = JSON.parse(text);
    const parsedBytes = heap() - b0;
    return {
      bytes: text.length,
      rows: Array.isArray(rows) ? rows.length : String(rows.message).slice(0, 90),
      kept,
      peak,
      parsedBytes,
      parsed: parsed.values.length,
    };
  };
  return {
    legit: await measure(legit, { kpis, regions }),
    hostile: await measure(hostile, { kpis: ["N71000"], regions: [...REGION_IDS] }),
  };
}

/** 10 000 cells over 2 000 KPIs, each KPI asking 5 regions in one year: what is fetched, and when cells answer. */
async function manyKpisCase() {
  let served = 0;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, "http://127.0.0.1");
    if (u.pathname.startsWith("/v3/kpi/")) {
      res.writeHead(200, { "content-type": "application/json" }).end('{"values":[],"next_url":null}');
      return;
    }
    const m = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(u.pathname);
    const rows = [];
    for (const kpi of m[1].split(","))
      for (const municipality of m[2].split(","))
        for (const y of m[3].split(","))
          rows.push({ kpi, municipality, period: Number(y), values: [{ gender: "T", value: 1, status: "", isdeleted: false }] });
    served += rows.length;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ values: rows, next_url: null }));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}/v3`;
  koladaStore().clear();
  const live = enableLive({ fetch: (u, i) => fetch(u, i), baseUrl: base, minIntervalMs: 0 });
  const KPIS = Array.from({ length: 2000 }, (_, i) => `N${20000 + i}`);
  const t0 = Date.now();
  let first = 0;
  const cells = KPIS.flatMap((kpi, i) =>
    REGION_IDS.slice((i % 4) * 5, (i % 4) * 5 + 5).map((r) => kolada(kpi, r, 2020 + (i % 3)).then((v) => ((first ||= Date.now() - t0), v))),
  );
  const values = await Promise.all(cells);
  const all = Date.now() - t0;
  const requests = live.client.requests;
  disableLive();
  koladaStore().clear();
  await new Promise((r) => server.close(r));
  const crossRows = 2000 * 20 * 3;
  return {
    cells: cells.length,
    answered: values.filter((v) => typeof v[0][0] === "number").length,
    served,
    requests,
    first,
    all,
    crossRows,
    crossRequests: minimum(2000, 20, 3, MAX_PER_PAGE),
  };
}

module.exports = async function run() {
  const big = await largePageCase();
  const many = await manyKpisCase();
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
  const mb = (b) => fmt(b / 1e6, 1);
  console.log("  Stor sida (minne, jämfört med JSON.parse av samma text i samma körning):");
  for (const [label, c] of [
    ["största sida en fråga kan ge (25 KPI × 22 regioner × 60 år)", big.legit],
    ["fientlig sida, 250 000 rader", big.hostile],
  ]) {
    console.log(`    ${label}: ${mb(c.bytes)} MB text → ${typeof c.rows === "number" ? `${fmt(c.rows)} värden` : `avvisad (${c.rows}…)`}`);
    console.log(
      `      kvar efteråt ${mb(c.kept)} MB = ${fmt(c.kept / c.parsedBytes, 2)}× JSON.parse (${mb(c.parsedBytes)} MB), ${fmt(c.kept / c.bytes, 2)}× texten; ` +
        `högst under läsningen ${mb(c.peak)} MB = ${fmt(c.peak / c.parsedBytes, 2)}× JSON.parse`,
    );
  }
  console.log(`  ${fmt(many.cells)} celler =KOLADA(…) över 2 000 KPI i samma omräkning (${fmt(many.answered)} besvarade):`);
  console.log(
    `    hämtade ${fmt(many.served)} värden i ${many.requests} anrop (korsprodukten vore ${fmt(many.crossRows)} värden, ${fmt(many.crossRows / many.served, 0)}× fler); ` +
      `första cellen svarade efter ${fmt(many.first)} ms, alla efter ${fmt(many.all)} ms (kvot ${fmt(many.first / many.all, 2)})`,
  );
  return { full, capped, cells, big, many };
};

if (require.main === module) module.exports();

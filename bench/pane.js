// Production task pane: initial JS (minified and gzipped) and time from navigation to an interactive
// catalogue in headless Chromium, median of 7 runs, against a baseline page (office.js + one element).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { median, fmt } = require("./util");
const { DIST, OUT, launch, routeOffice, serve, CDN } = require("../test/browser/harness.ts");

function initialScripts() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith(CDN));
}

module.exports = async function run() {
  const files = initialScripts();
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = fs.readFileSync(path.join(DIST, f));
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
  }
  const lazy = fs.readdirSync(DIST).filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
  const lazyGz = lazy.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);

  const baseDir = path.join(OUT, "bench-baseline");
  fs.mkdirSync(baseDir, { recursive: true });
  fs.writeFileSync(
    path.join(baseDir, "index.html"),
    `<!doctype html><html><head><script src="${CDN}office.js"></script></head><body><script>Office.onReady(function(){var b=document.createElement("button");b.textContent="Klar";b.id="ready";document.body.appendChild(b);});</script></body></html>`,
  );
  const app = await serve(DIST);
  const base = await serve(baseDir);
  const browser = await launch();
  const measure = async (url, ready) => {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ locale: "sv-SE", viewport: { width: 420, height: 900 } });
      const page = await context.newPage();
      await routeOffice(page);
      await page.goto(url, { waitUntil: "commit" });
      await ready(page);
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return median(times);
  };
  const baseline = await measure(`${base.url}/index.html`, (p) => p.locator("#ready").waitFor());
  const shown = await measure(`${app.url}/taskpane.html`, (p) => p.getByRole("tab", { name: "Katalog" }).waitFor());
  const catalogue = await measure(`${app.url}/taskpane.html`, async (p) => {
    await p.getByRole("tab", { name: "Katalog" }).click();
    await p.getByTestId("catalog-row").first().waitFor();
    await p.getByTestId("catalog-search").fill("kalmar");
  });
  await browser.close();
  await app.close();
  await base.close();
  console.log("Uppgiftsfönstret (produktionsbygge, headless Chromium)");
  console.log(`  initial JS: ${files.join(" + ")}`);
  console.log(`  initial JS: ${fmt(raw / 1024, 1)} KB minifierat, ${fmt(gz / 1024, 1)} KB gzip (yo office React-mallen: 169 KB gzip)`);
  console.log(`  lata delar (vyer, Excel-åtgärder): ${lazy.length} filer, ${fmt(lazyGz / 1024, 1)} KB gzip`);
  console.log(`  baslinje office.js + en knapp:   ${fmt(baseline, 0)} ms (median av 7)`);
  console.log(`  panelen visas (flikar klara):    ${fmt(shown, 0)} ms  → ${fmt(shown / baseline, 2)}× baslinjen (mallen: ca 360 ms)`);
  console.log(`  katalogen interaktiv (sökt):     ${fmt(catalogue, 0)} ms  → ${fmt(catalogue / baseline, 2)}× baslinjen`);
  return { rawBytes: raw, gzipBytes: gz, baselineMs: baseline, shownMs: shown, catalogueMs: catalogue };
};

if (require.main === module) module.exports();

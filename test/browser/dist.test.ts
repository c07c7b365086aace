/**
 * The production build as a region's server would send it: `npm run serve:dist` (HTTPS, deploy/headers.js),
 * checked header by header, then the pane in Debian's Chromium loading through it and downloading the
 * workbook it builds in the browser (outside Excel and with the fake Excel host).
 */
import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import https from "https";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { referenceWorkbook } from "../../src/xlsx/referenceWorkbook";
import { unzip } from "../xlsx/unzip";
import { DIST, fakeHostScript, launch, OUT, paneLive, ROOT, routeOffice } from "./harness";

let server: ChildProcess;
let base = "";
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ saknas: kör npm run build först (npm test gör det).");
  server = spawn(process.execPath, [path.join(ROOT, "scripts/serve-dist.js"), "--port", "0", "--host", "127.0.0.1", "--dir", DIST], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d) => {
      out += d;
      const m = /på (https:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`serve:dist avslutades (${code}): ${out}`)));
  });
  browser = await launch();
}, 60000);

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

function get(
  file: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      new URL(file, base),
      { method: init.method ?? "GET", headers: init.headers, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("serve:dist", () => {
  it("sends the deployment headers: types, no-cache, nosniff, CORS on the function metadata only", async () => {
    const cases: [string, string, boolean][] = [
      ["functions.json", "application/json; charset=utf-8", true],
      ["functions.sv-SE.json", "application/json; charset=utf-8", true],
      ["taskpane.html", "text/html; charset=utf-8", false],
      ["taskpane.js", "text/javascript; charset=utf-8", false],
      ["manifest.xml", "application/xml; charset=utf-8", false],
      ["nara-vard-indikatorer.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false],
      ["help/index.html", "text/html; charset=utf-8", false],
    ];
    for (const [file, type, cors] of cases) {
      const r = await get(file);
      expect([file, r.status, r.headers["content-type"]]).toEqual([file, 200, type]);
      expect(r.headers["cache-control"]).toBe("no-cache");
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBeUndefined();
      expect([file, r.headers["access-control-allow-origin"]]).toEqual([file, cors ? "*" : undefined]);
    }
  });

  it("revalidates with ETag (304), serves nothing outside dist/ and only GET/HEAD", async () => {
    const first = await get("functions.json");
    const again = await get("functions.json", { headers: { "If-None-Match": String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get("../package.json")).status).toBe(404);
    expect((await get("%2e%2e/package.json")).status).toBe(404);
    expect((await get("functions.json", { method: "POST" })).status).toBe(405);
  });

  it("serves the build's own .xlsx beside indicators.csv, the same workbook Node builds", async () => {
    const r = await get("nara-vard-indikatorer.xlsx");
    expect((await get("indicators.csv")).status).toBe(200);
    const got = unzip(r.body);
    const want = unzip(await referenceWorkbook());
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [p, e] of want) expect([p, Buffer.compare(got.get(p)!.data, e.data)]).toEqual([p, 0]);
  });

  it("serves the test build, whose manifest keeps localhost (only build:deploy rewrites it)", async () => {
    const manifest = (await get("manifest.xml")).body.toString("utf8");
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });
});

async function open(withFakeHost: boolean): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: "sv-SE",
    viewport: { width: 420, height: 900 },
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => scripts.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOffice(page);
  if (withFakeHost) await page.addInitScript({ content: await fakeHostScript() });
  await page.goto(`${base}taskpane.html`);
  await paneLive(page);
  return { page, scripts, errors };
}

/** Clicks "Ladda ner arbetsboken (.xlsx)" and returns the file the browser saved. */
async function download(page: Page, name: string): Promise<Buffer> {
  const button = page.getByTestId("action-download");
  expect(await button.textContent()).toBe("Ladda ner arbetsboken (.xlsx)");
  const [dl] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(dl.suggestedFilename()).toBe("nara-vard-indikatorer.xlsx");
  const file = path.join(OUT, name);
  await dl.saveAs(file);
  await page.getByTestId("download-result").waitFor();
  expect(await page.getByTestId("download-result").textContent()).toContain("nara-vard-indikatorer.xlsx är nedladdad");
  return fs.readFileSync(file);
}

/** The same workbook as the build's: every part identical once unzipped (compression may differ). */
function expectSameWorkbook(file: Buffer) {
  const got = unzip(file);
  const want = unzip(fs.readFileSync(path.join(DIST, "nara-vard-indikatorer.xlsx")));
  expect([...got.keys()]).toEqual([...want.keys()]);
  for (const [p, e] of want) expect([p, Buffer.compare(got.get(p)!.data, e.data)]).toEqual([p, 0]);
  expect(got.get("xl/workbook.xml")!.data.toString("utf8")).toContain('<sheet name="Bidragshuvudbok"');
  // Built with the browser's CompressionStream("deflate-raw"), not stored.
  expect([...got.values()].filter((e) => e.method === 8).length).toBeGreaterThan(got.size / 2);
}

describe("the production pane through serve:dist", () => {
  it("outside Excel: loads over HTTPS and downloads the workbook, fetching the xlsx code only on the click", async () => {
    const { page, scripts, errors } = await open(false);
    await page.getByTestId("outside-excel").waitFor();
    const lazy = (s: string) => /\/xlsx\.[0-9a-f]{8}\.js$/.test(s);
    expect(scripts.filter(lazy)).toEqual([]);
    expectSameWorkbook(await download(page, "nedladdad-utanfor-excel.xlsx"));
    expect(scripts.filter(lazy)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60000);

  it("inside Excel (fake host): the same download next to the workbook actions", async () => {
    const { page, errors } = await open(true);
    expect(await page.getByTestId("action-insertAll").isDisabled()).toBe(false);
    expectSameWorkbook(await download(page, "nedladdad-i-excel.xlsx"));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60000);
});

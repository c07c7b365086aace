/** Serves dist/ on loopback, bundles the fake Excel host, and launches Debian's Chromium. */
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const OUT = path.join(ROOT, "test-output");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};

export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const p = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!p.startsWith(dir) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(p)] ?? "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium saknas på ${CHROMIUM}: kör "apt-get install -y chromium" (görs av .ci/run och npm test).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Production pages load office.js from Microsoft's CDN; here the same URL is answered from @microsoft/office-js. */
export async function routeOffice(page: Page): Promise<void> {
  await page.route(`${CDN}**`, (route) => {
    const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
    if (fs.existsSync(file)) route.fulfill({ path: file, contentType: "text/javascript" });
    else route.fulfill({ status: 404, body: "" });
  });
  // Nothing else may leave the machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(CDN) ? route.fallback() : route.abort()));
}

let fakeHostJs: string | undefined;
export async function fakeHostScript(): Promise<string> {
  if (fakeHostJs) return fakeHostJs;
  const outDir = path.join(OUT, "fake-host");
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.join(__dirname, "fakeHost.ts"),
        output: { path: outDir, filename: "fake-host.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
      },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString())) : resolve()),
    ),
  );
  fakeHostJs = fs.readFileSync(path.join(outDir, "fake-host.js"), "utf8");
  return fakeHostJs;
}

export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  // Evaluated, not added as a <script>: the pane's Content-Security-Policy rightly refuses inline scripts. Once per page.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    // Fluent's focus manager (tabster) adds aria-hidden focus sentinels on purpose; they are not content.
    const r = await (window as any).axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

/**
 * The page first shows its prerendered first view, inert (src/build/shell.tsx); it is live once React has replaced
 * it. Tests act on the live pane.
 */
export const LIVE_TAB = '#root:not([inert]) [role="tab"]';
export async function paneLive(page: Page): Promise<void> {
  await page.locator(LIVE_TAB).first().waitFor();
}

/** deploy/web.config (IIS) and deploy/nginx.conf say exactly what deploy/headers.js (serve:dist) sends. */
import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MIME, CORS_FILES, CACHE_CONTROL, headersFor } = require("../../deploy/headers.js");

const ROOT = path.resolve(__dirname, "../..");
const DIST_FILES = [
  "taskpane.html",
  "taskpane.js",
  "runtime.js",
  "functions.js",
  "functions.json",
  "functions.sv-SE.json",
  "manifest.xml",
  "indicators.json",
  "indicators.csv",
  "audit.json",
  "nara-vard-indikatorer.xlsx",
  "help/index.html",
  "assets/icon-32.png",
  "xlsx.e7ba2744.js",
  "taskpane.js.LICENSE.txt",
];

describe("headers.js", () => {
  it("gives every kind of file in dist/ a type, no-cache and nosniff; CORS only on the function metadata", () => {
    for (const f of DIST_FILES) {
      const h = headersFor(f);
      expect([f, h?.["Content-Type"]]).toEqual([f, MIME[path.extname(f)]]);
      expect(h["Cache-Control"]).toBe("no-cache");
      expect(h["X-Content-Type-Options"]).toBe("nosniff");
      expect([f, h["Access-Control-Allow-Origin"]]).toEqual([f, CORS_FILES.includes(f) ? "*" : undefined]);
    }
    expect(headersFor("web.config")).toBeNull();
    expect(headersFor("help/functions.json")?.["Access-Control-Allow-Origin"]).toBeUndefined();
  });
});

describe("IIS web.config", () => {
  it("maps the same MIME types, disables caching the same way and adds CORS on the same files", async () => {
    const doc = await parseStringPromise(fs.readFileSync(path.join(ROOT, "deploy/web.config"), "utf8"));
    const ws = doc.configuration["system.webServer"][0];
    const maps = Object.fromEntries(
      ws.staticContent[0].mimeMap.map((m: { $: { fileExtension: string; mimeType: string } }) => [m.$.fileExtension, m.$.mimeType]),
    );
    expect(maps).toEqual(MIME);
    const removed = ws.staticContent[0].remove.map((r: { $: { fileExtension: string } }) => r.$.fileExtension);
    expect(removed.sort()).toEqual(Object.keys(MIME).sort());
    expect(ws.staticContent[0].clientCache[0].$.cacheControlMode).toBe("DisableCache"); // IIS sends "no-cache"
    expect(CACHE_CONTROL).toBe("no-cache");
    const custom = ws.httpProtocol[0].customHeaders[0].add.map((a: { $: { name: string; value: string } }) => a.$);
    expect(custom).toEqual([{ name: "X-Content-Type-Options", value: "nosniff" }]);
    const locations = doc.configuration.location.map(
      (l: { $: { path: string }; "system.webServer": { httpProtocol: { customHeaders: { add: { $: unknown }[] }[] }[] }[] }) => [
        l.$.path,
        l["system.webServer"][0].httpProtocol[0].customHeaders[0].add.map((a) => a.$),
      ],
    );
    expect(locations).toEqual(CORS_FILES.map((f: string) => [f, [{ name: "Access-Control-Allow-Origin", value: "*" }]]));
  });
});

describe("nginx.conf", () => {
  const conf = fs.readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8").replace(/#.*$/gm, "");

  it("maps the same MIME types, with charset where headers.js has one", () => {
    const types = /types \{([^}]+)\}/.exec(conf)![1];
    const map: Record<string, string> = {};
    for (const [, type, ext] of types.matchAll(/(\S+)\s+(\S+);/g)) map[`.${ext}`] = type;
    const charsetTypes = /charset_types ([^;]+);/.exec(conf)![1].split(/\s+/);
    expect(Object.keys(map).sort()).toEqual(Object.keys(MIME).sort());
    for (const [ext, full] of Object.entries(MIME as Record<string, string>)) {
      const [type, charset] = full.split("; charset=");
      expect(map[ext]).toBe(type);
      // nginx adds the charset to text/html always, and to charset_types.
      expect([ext, type === "text/html" || charsetTypes.includes(type)]).toEqual([ext, charset === "utf-8"]);
    }
    expect(conf).toMatch(/\n\s*charset utf-8;/);
    expect(charsetTypes).not.toContain("text/html"); // nginx warns about a duplicate
  });

  it("sends no-cache and nosniff everywhere and CORS exactly on the function metadata", () => {
    const [outer, inner] = conf.split(/location ~ /);
    expect(outer).toContain('add_header Cache-Control "no-cache" always;');
    expect(outer).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(outer).not.toContain("Access-Control-Allow-Origin");
    expect(inner).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(inner).toContain('add_header Cache-Control "no-cache" always;');
    expect(inner).toContain('add_header X-Content-Type-Options "nosniff" always;');
    const prefix = /location (\/[^ ]+\/) \{/.exec(conf)![1];
    const re = new RegExp(/^(\S+)/.exec(inner)![1]);
    for (const f of DIST_FILES) expect([f, re.test(`${prefix}${f}`)]).toEqual([f, CORS_FILES.includes(f)]);
  });
});

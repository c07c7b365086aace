/** `npm run build:deploy`: refuses without an HTTPS server ADDIN_URL; the build it makes never names localhost. */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output/deploy-dist");

function run(env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-deploy.js")], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: undefined, ADDIN_VERSION: undefined, PV_DIST_DIR: OUT, ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(p) : /\.(html|js|json|xml|txt|csv)$/.test(e.name) ? [p] : [];
  });
}

beforeAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

describe("build:deploy", () => {
  it.each([
    [{}, "ADDIN_URL saknas"],
    [{ ADDIN_URL: "http://tillagg.region.se/pv/" }, "måste börja med https://"],
    [{ ADDIN_URL: "https://localhost:3000/" }, "pekar på den egna datorn"],
    [{ ADDIN_URL: "https://127.0.0.1/pv/" }, "pekar på den egna datorn"],
    [{ ADDIN_URL: "inte en adress" }, "ingen giltig adress"],
    [{ ADDIN_URL: "https://tillagg.region.se/pv/", ADDIN_VERSION: "2" }, "fyra delar"],
  ])("refuses %j and builds nothing", (env, message) => {
    const r = run(env);
    expect(r.status).toBe(1);
    expect(r.out).toContain(message);
    expect(fs.existsSync(OUT)).toBe(false);
  });

  it("builds for the server: every URL points there, no file names localhost, the version is set", () => {
    const url = "https://tillagg.region.se/naravard/";
    const r = run({ ADDIN_URL: url, ADDIN_VERSION: "1.0.3.0" });
    expect([r.status, r.out.slice(-300)]).toEqual([0, expect.stringContaining("Klart")]);
    for (const f of textFiles(OUT))
      expect([path.relative(OUT, f), /localhost|127\.0\.0\.1/.test(fs.readFileSync(f, "utf8"))]).toEqual([path.relative(OUT, f), false]);
    const manifest = fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");
    expect(manifest).toContain("<Version>1.0.3.0</Version>");
    expect(manifest).toContain("<AppDomain>https://tillagg.region.se</AppDomain>");
    // Every URL in the manifest is a file of this build, under ADDIN_URL.
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect(u.startsWith(url)).toBe(true);
      expect([u, fs.existsSync(path.join(OUT, u.slice(url.length)))]).toEqual([u, true]);
    }
    const meta = JSON.parse(fs.readFileSync(path.join(OUT, "functions.json"), "utf8"));
    for (const f of meta.functions.filter((x: { helpUrl?: string }) => x.helpUrl)) expect(f.helpUrl.startsWith(`${url}help/`)).toBe(true);
    expect(fs.existsSync(path.join(OUT, "nara-vard-indikatorer.xlsx"))).toBe(true);
  }, 300_000);
});

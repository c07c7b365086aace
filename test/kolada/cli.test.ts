import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { parseArgs, runCli } from "../../src/cli/kolada";
import { readSnapshot } from "../../src/core/kolada/snapshot";
import { fakeFetch, koladaHandler, serve } from "./fixtureServer";

const ROOT = path.resolve(__dirname, "../..");

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["scripts/kolada.js", ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run kolada (the Node shell, against 127.0.0.1)", () => {
  it("--json prints requests and observations; --out writes a snapshot the add-in reads", async () => {
    const s = await serve((b) => koladaHandler(b, { first429: true }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kolada-"));
    try {
      const out = path.join(dir, "snap.json");
      const r = await run(
        ["--kpi", "N71000,N70061,N70059", "--years", "2022-2023", "--regions", "Uppsala,Gotland", "--json", "--out", out],
        {
          KOLADA_BASE_URL: s.base,
        },
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.requests).toBe(4); // KPI metadata (titles checked), 429, page 1, page 2
      expect(j.observations).toHaveLength(11); // gender T only; the deleted value is gone
      expect(j.observations).toContainEqual({ kpi: "N71000", region: "0009", period: 2023, gender: "T", value: null });
      expect(s.log[0]).toBe("/v3/kpi/N71000,N70061,N70059?per_page=5000");
      expect(s.log[1]).toBe("/v3/data/kpi/N71000,N70061,N70059/municipality/0003,0009/year/2022,2023?per_page=5000");
      const snap = readSnapshot(JSON.parse(fs.readFileSync(out, "utf8")));
      expect(snap.ok && snap.snapshot.rows.length).toBe(11);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails with a Swedish message and exit code 1 when Kolada keeps failing, writing nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kolada-"));
    const errors: string[] = [];
    try {
      const snapshot = path.join(dir, "snap.json");
      const r = await runCli(["--snapshot"], {
        fetch: fakeFetch(() => () => ({ status: 500, body: "" })).fetch,
        env: { KOLADA_SNAPSHOT_PATH: snapshot },
        out: () => undefined,
        err: (t) => void errors.push(t),
        writeFile: (f, t) => fs.writeFileSync(f, t),
        sleep: async () => undefined,
      });
      expect(r).toBe(1);
      expect(errors.at(-1)).toContain("Kolada har ett serverfel (HTTP 500) efter 5 försök");
      expect(fs.existsSync(snapshot)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it("bad arguments exit 2 with usage", async () => {
    const r = await run(["--kpi", "kostnad"], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"kostnad" är inget KPI-id');
    expect(r.stderr).toContain("Användning:");
  });
});

describe("argument parsing", () => {
  it("defaults to all 21 regions and gender T; --snapshot adds the pinned KPIs, Riket and all genders", () => {
    const o = parseArgs(["--kpi", "n71000", "--years", "2019-2024"]);
    expect(o).toMatchObject({ kpis: ["N71000"], years: [2019, 2020, 2021, 2022, 2023, 2024], genders: ["T"] });
    expect("regions" in o && o.regions.length).toBe(21);
    const s = parseArgs(["--snapshot"]);
    expect("kpis" in s && s.kpis).toEqual(["N71000", "N70061", "N72000", "N74000", "N70059"]);
    expect("regions" in s && s.regions.length).toBe(22);
    expect(() => parseArgs(["--kpi", "N71000", "--regions", "Gotlnd"])).toThrow('Menade du "Region Gotland"?');
    expect(() => parseArgs(["--kpi", "N71000", "--years", "2024-2019"])).toThrow("Ogiltigt årsintervall");
  });
});

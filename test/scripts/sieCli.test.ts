/** `npm run sie -- FILE [--json]`: the thin Node shell over the reader. */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { BL, FIXTURES, fixture, naiveParse, oreOf, VISMA } from "../core/sie/fixtures";

const SCRIPT = path.resolve(__dirname, "../../scripts/sie.js");
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });

describe("sie CLI", () => {
  it("--json prints exactly the listed fields, amounts in kronor, matching an independent parse", () => {
    const r = run(path.join(FIXTURES, VISMA), "--json");
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "company",
      "orgNumber",
      "program",
      "encoding",
      "fiscalYears",
      "vouchers",
      "transactions",
      "unbalancedVouchers",
      "duplicateVouchers",
      "checksum",
      "dimensions",
      "byObject",
      "byAccount",
      "reconciliation",
      "budget",
      "warnings",
    ]);
    expect(j.reconciliation).toEqual({ checked: 85, differing: [] });
    expect(j.budget).toEqual({ byAccount: [], byObject: [] });
    expect([j.company, j.orgNumber, j.encoding, j.vouchers, j.transactions, j.checksum]).toEqual([
      "Övningsbolaget AB",
      "555555-5555",
      "cp437",
      295,
      1330,
      "absent",
    ]);
    expect(j.dimensions).toEqual([
      { dim: "1", name: "Resultatenhet", objects: 2 },
      { dim: "6", name: "Projekt", objects: 35 },
    ]);
    const naive = naiveParse(fixture(VISMA));
    // Kronor as JSON numbers print as their exact decimals: compare the text, not floats.
    for (const a of j.byAccount) expect([a.account, oreOf(String(a.amount))]).toEqual([a.account, naive.byAccount.get(a.account)]);
    for (const o of j.byObject)
      expect([o.dim, o.object, oreOf(String(o.amount))]).toEqual([o.dim, o.object, naive.byObject.get(`${o.dim}:${o.object}`)]);
    expect(j.byObject.find((o: { object: string }) => o.object === "0031")).toEqual({
      dim: "6",
      object: "0031",
      name: "Utbildning av användare",
      amount: -68399.9,
    });
    expect(j.warnings).toHaveLength(1);
  });

  it("prints a readable Swedish summary", () => {
    const r = run(path.join(FIXTURES, BL));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Företag:        SEEE Speak Easy Executive English AB");
    expect(r.stdout).toContain("Transaktioner:  405 (9 #RTRANS/#BTRANS hoppades över)");
    expect(r.stdout).toContain("16 objekt används i #TRANS utan #OBJEKT");
    expect(r.stdout).toContain("Avstämning mot filens saldon: 45 av 45 konton stämmer\n");
    expect(r.stdout).toMatch(/Budget \(#PBUDGET år 0, summerad över perioder\):\n {2}konto 3010 +−1 200 000 kr\n/);
  });

  it("lists a voucher exported twice and, with --first-only, reads only the first", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sie-cli-"));
    const file = path.join(dir, "dubbel.se");
    const v = '#VER A 1 20240105 "Hyra"\n{\n#TRANS 5010 {} 1000.00\n#TRANS 1930 {} -1000.00\n}\n';
    fs.writeFileSync(file, `#FLAGGA 0\n${v}${v}`);
    try {
      const both = JSON.parse(run(file, "--json").stdout);
      expect(both.duplicateVouchers).toEqual(["A 1"]);
      expect(both.byAccount.find((a: { account: string }) => a.account === "5010").amount).toBe(2000);
      const first = JSON.parse(run(file, "--json", "--first-only").stdout);
      expect(first.byAccount.find((a: { account: string }) => a.account === "5010").amount).toBe(1000);
      expect(run(file).stdout).toContain(
        "Dubbletter (samma serie, nummer och datum, båda räknade; --first-only läser bara den första):\n  A 1",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs from a bundle that is rebuilt when a file it was built from changes", () => {
    const { ensureBuilt, staleness } = require("../../scripts/built") as { ensureBuilt: () => void; staleness: () => string | null };
    ensureBuilt();
    expect(staleness()).toBeNull();
    const inputs = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../.build/cli/inputs.json"), "utf8"));
    expect(inputs.files).toEqual(expect.arrayContaining(["src/core/sie/reader.ts", "src/core/sie/summary.ts", "src/cli/kolada.ts"]));
    const source = path.resolve(__dirname, "../../scripts/entries/sie.ts");
    const { atime, mtime } = fs.statSync(source);
    try {
      fs.utimesSync(source, atime, new Date(Date.now() + 60000));
      expect(staleness()).toBe("scripts/entries/sie.ts är ändrad");
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
    expect(staleness()).toBeNull();
  });

  it("exits non-zero with a Swedish message on stderr for files it cannot read", () => {
    const missing = run(path.join(FIXTURES, "finns-inte.se"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("filen finns inte");
    const notSie = run(path.join(FIXTURES, "LICENSE.jsisie-MIT.txt"), "--json");
    expect(notSie.status).toBe(1);
    expect(notSie.stdout).toBe("");
    expect(notSie.stderr).toMatch(/Filen är ingen SIE-fil \(rad 1\).*Inget importerades\./);
  });
});

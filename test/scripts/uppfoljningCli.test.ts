/**
 * `npm run -s uppfoljning -- --sie FILE … --json` over the real exports, with each preset, checked against an
 * independent sum of each file's #TRANS (a plain line parser here, not the add-in's reader).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { costClassifier } from "../../src/core/followup/model";
import { presetRules } from "../../src/core/followup/presets";
import { PRESET_IDS } from "../../src/core/followup/types";

const SCRIPT = path.resolve(__dirname, "../../scripts/uppfoljning.js");
const FIXTURES = path.resolve(__dirname, "../fixtures/sie");
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });
const FILES = fs.readdirSync(FIXTURES).filter((f) => /\.(se|si)$/i.test(f));

interface Sums {
  byAccount: Map<string, bigint>;
  byProject: Map<string, bigint>;
}

/** #TRANS inside a voucher's braces: account, {object list}, amount. #RTRANS/#BTRANS are not #TRANS. */
function transSums(file: string): Sums {
  const text = fs.readFileSync(path.join(FIXTURES, file), "latin1");
  const out: Sums = { byAccount: new Map(), byProject: new Map() };
  let open = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "{") open = true;
    else if (line === "}") open = false;
    else if (open && /^#TRANS\s/.test(line)) {
      const m = /^#TRANS\s+"?(\d+)"?\s*\{([^}]*)\}\s*"?(-?\d*(?:\.\d{1,2})?)"?/.exec(line);
      if (!m) throw new Error(`cannot read ${line}`);
      const account = Number(m[1]);
      if (account < 4000 || account > 7999) continue;
      const [int, frac = ""] = m[3].replace("-", "").split(".");
      const ore = (BigInt(int || "0") * 100n + BigInt(frac.padEnd(2, "0"))) * (m[3].startsWith("-") ? -1n : 1n);
      out.byAccount.set(m[1], (out.byAccount.get(m[1]) ?? 0n) + ore);
      const objs = (m[2].match(/"[^"]*"|[^\s"]+/g) ?? []).map((s) => s.replace(/^"|"$/g, ""));
      let project = "";
      for (let i = 0; i + 1 < objs.length; i += 2) if (objs[i] === "6") project = objs[i + 1];
      out.byProject.set(project, (out.byProject.get(project) ?? 0n) + ore);
    }
  }
  return out;
}

const ore = (kr: number) => BigInt(Math.round(kr * 100));
const total = (m: Map<string, bigint>) => [...m.values()].reduce((a, b) => a + b, 0n);

describe("uppfoljning CLI over the real exports", () => {
  it("finds the six exports", () => expect(FILES).toHaveLength(6));

  describe.each(FILES)("%s", (file) => {
    const sums = transSums(file);
    it.each(PRESET_IDS)(
      "with --kontoplan %s: every account classified or listed with its amount, difference 0, sums = #TRANS",
      (preset) => {
        const r = run("--sie", path.join(FIXTURES, file), "--kontoplan", preset, "--json");
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
        const j = JSON.parse(r.stdout);
        expect(Object.keys(j)).toEqual([
          "year",
          "costTypes",
          "areas",
          "matrix",
          "total",
          "received",
          "unspent",
          "difference",
          "unclassifiedAccounts",
          "unmappedProjects",
        ]);
        expect(j.difference).toBe(0);
        expect(ore(j.total)).toBe(total(sums.byAccount));
        const sumOf = (xs: { amount: number }[]) => xs.reduce((s, x) => s + ore(x.amount), 0n);
        expect(sumOf(j.costTypes)).toBe(ore(j.total));
        expect(sumOf(j.areas)).toBe(ore(j.total));
        expect(sumOf(j.matrix)).toBe(ore(j.total));
        // Every account is classified (by the preset, or by a name that says its type) or listed as unclassified
        // with exactly its #TRANS sum; an account a preset range covers is never listed.
        const byPreset = costClassifier(presetRules(preset));
        const listed = new Map<string, number>(
          j.unclassifiedAccounts.map((u: { account: string; amount: number }) => [u.account, u.amount]),
        );
        for (const [account, sum] of sums.byAccount) {
          if (byPreset(account)) expect([account, listed.has(account)]).toEqual([account, false]);
          else if (listed.has(account)) expect([account, ore(listed.get(account)!)]).toEqual([account, sum]);
        }
        expect([...listed.keys()].every((a) => sums.byAccount.has(a))).toBe(true);
        // Per cost type: the independent per-account sums, classified the same way.
        const ej = sumOf(j.unclassifiedAccounts);
        expect(ore(j.costTypes.find((t: { name: string }) => t.name === "Ej klassat")?.amount ?? 0)).toBe(ej);
        // No --insatser: every project unmapped with its #TRANS sum, postings without a project as "".
        expect(new Map(j.unmappedProjects.map((u: { project: string; amount: number }) => [u.project, ore(u.amount)]))).toEqual(
          sums.byProject,
        );
        expect([j.received, j.unspent]).toEqual([null, null]);
      },
    );
  });

  it("proposes the preset from the file (these are BAS companies) and states it in the text summary", () => {
    const r = run("--sie", path.join(FIXTURES, "sieport_visma_ovningsbolaget_SIE4E.SE"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Kontoplan: BAS (företag) (föreslagen: #KPTYP EUBAS97; kontonamnen visar personal i klass 7");
    expect(r.stdout).toContain("Differens:           0,00 kr (stämmer)");
  });

  it("bad arguments exit 2 and unreadable files 1, with a Swedish message", () => {
    const bad = run("--sie", "x.se", "--kontoplan", "ifrs");
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining("--kontoplan ska vara bas, kommunbas eller regionbas")]);
    expect(run("--kontoplan", "bas").stderr).toContain("Ange SIE-filen med --sie");
    const missing = run("--sie", path.join(FIXTURES, "finns-inte.se"), "--json");
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringContaining("filen finns inte")]);
  });
});

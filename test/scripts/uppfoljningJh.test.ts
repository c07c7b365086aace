/**
 * Jämtland Härjedalen 2022 (Ramboll 2025, 3.3.1) rebuilt as a SIE year (test/fixtures/followup): through the
 * CLI, both reports come out of the same rows, linked, and reconcile (difference 0); with the outputs the report
 * names as result indicators, the theme that has them is traceable.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { followupRows } from "../../src/core/followup/fromBooks";
import { crosswalk } from "../../src/core/followup/model";
import { proposePreset, proposeRules } from "../../src/core/followup/propose";
import { parseInsatserCsv } from "../../src/cli/uppfoljning";
import { SieReader } from "../../src/core/sie/reader";
import { JH_RESULTS, THEMES } from "../core/followup/jhCase";

const DIR = path.resolve(__dirname, "../fixtures/followup");
const SIE = path.join(DIR, "jh2022.se");
const CSV = path.join(DIR, "jh2022-insatser.csv");
const SCRIPT = path.resolve(__dirname, "../../scripts/uppfoljning.js");
const GRANT = 5_669_000;

describe("Jämtland Härjedalen 2022 through the CLI", () => {
  const r = spawnSync(process.execPath, [SCRIPT, "--sie", SIE, "--insatser", CSV, "--mottaget", String(GRANT), "--json"], {
    encoding: "utf8",
  });
  const j = JSON.parse(r.stdout || "{}");

  it("runs cleanly", () => expect([r.status, r.stderr]).toEqual([0, ""]));

  it("Kammarkollegiet's four cost types and Socialstyrelsen's five themes, nothing unclassified or unmapped", () => {
    expect(j.year).toBe(2022);
    expect(j.costTypes).toEqual([
      { name: "Egen personal", amount: 1_980_620.5 },
      { name: "Inhyrd personal", amount: 1_570_000 },
      { name: "Köpt vård och verksamhet", amount: 980_500 },
      { name: "Övriga varor och tjänster", amount: 1_137_879.5 },
    ]);
    expect(j.areas.map((a: { name: string }) => a.name)).toEqual(THEMES);
    expect([j.unclassifiedAccounts, j.unmappedProjects]).toEqual([[], []]);
  });

  it("reconciles: total = grant received, nothing unspent, difference 0, rows and columns sum to the total", () => {
    expect([j.total, j.received, j.unspent, j.difference]).toEqual([GRANT, GRANT, 0, 0]);
    const cents = (xs: { amount: number }[]) => xs.reduce((s, x) => s + Math.round(x.amount * 100), 0);
    expect(cents(j.costTypes)).toBe(GRANT * 100);
    expect(cents(j.areas)).toBe(GRANT * 100);
  });

  it("links the two views: each theme's money by cost type (the link the report finds missing)", () => {
    const cell = (costType: string, area: string) =>
      j.matrix.find((m: { costType: string; area: string }) => m.costType === costType && m.area === area).amount;
    expect(cell("Inhyrd personal", "Tillgänglighet")).toBe(1_450_000);
    expect(cell("Köpt vård och verksamhet", "Arbetssätt för personcentrering, delaktighet och kontinuitet")).toBe(600_000);
    expect(cell("Övriga varor och tjänster", "Digitalisering och nya arbetssätt")).toBe(880_000.25);
    expect(cell("Egen personal", "Kompetensförsörjning och medarbetarutveckling")).toBe(640_000);
    expect(j.matrix).toHaveLength(4 * 5);
  });
});

describe("Jämtland Härjedalen 2022 with its results", () => {
  const reader = new SieReader();
  reader.push(new Uint8Array(fs.readFileSync(SIE)));
  const res = reader.end();
  if (!res.ok) throw new Error("fixture unreadable");
  const books = res.books;

  it("proposes Region-Bas from the account names (personnel in class 4) and a type for every account", () => {
    const p = proposePreset(books.chartType, books.accounts);
    expect(p.preset).toBe("regionbas");
    const rows = followupRows(books, { projectDim: "6", ranges: [{ from: 4000, to: 7999 }] });
    const { accounts } = proposeRules(
      p.preset,
      books.accounts,
      rows.map((x) => x.account),
    );
    expect(accounts.map((a) => [a.account, a.costType, a.by])).toEqual([
      ["4011", "Egen personal", "preset"],
      ["4511", "Egen personal", "preset"],
      ["5511", "Inhyrd personal", "name"],
      ["6111", "Köpt vård och verksamhet", "name"],
      ["6811", "Övriga varor och tjänster", "name"],
      ["7011", "Övriga varor och tjänster", "name"],
    ]);
  });

  it("100 handledarutbildningar and 48 vidareutbildade sjuksköterskor make Kompetensförsörjning traceable", () => {
    const rows = followupRows(books, { projectDim: "6", ranges: [{ from: 4000, to: 7999 }] });
    const { rules } = proposeRules(
      "regionbas",
      books.accounts,
      rows.map((x) => x.account),
    );
    const c = crosswalk(rows, rules, parseInsatserCsv(fs.readFileSync(CSV, "utf8")), { received: GRANT * 100, results: JH_RESULTS });
    expect(c.tracedOre).toBe(975_879_25);
    expect(c.traceability).toBeCloseTo(975_879.25 / GRANT, 12);
  });
});

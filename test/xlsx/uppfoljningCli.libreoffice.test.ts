/**
 * `npm run uppfoljning -- … --xlsx OUT --json`: LibreOffice Calc opens the file the CLI wrote and recalculates
 * Återrapportering to the figures the CLI printed, for the Jämtland Härjedalen case and for a real export (with
 * postings outside any project and accounts no rule covers).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { parseFollowupArgs, runFollowup, type FollowupCliOptions } from "../../src/cli/uppfoljning";
import { SieReader } from "../../src/core/sie/reader";
import { parseAddress } from "../../src/core/workbook/layout";
import { SHEETS, UNCLASSIFIED, UNMAPPED } from "../../src/core/workbook/followupPlan";
import { followupWorkbookPlan } from "../../src/xlsx/followupWorkbook";
import { cleanup, convert, csvFilter, parseCsv, requireTools } from "./libreoffice";

const OUT = path.resolve(__dirname, "../../test-output/xlsx-uppfoljning-cli");
const SCRIPT = path.resolve(__dirname, "../../scripts/uppfoljning.js");
const FIX = path.resolve(__dirname, "../fixtures");

beforeAll(() => {
  requireTools();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(cleanup);

async function check(name: string, args: string[]) {
  const file = path.join(OUT, `${name}.xlsx`);
  const r = spawnSync(process.execPath, [SCRIPT, ...args, "--xlsx", file, "--json"], { encoding: "utf8" });
  expect([r.status, r.stderr]).toEqual([0, ""]);
  const j = JSON.parse(r.stdout);
  // The report's cell addresses, from the same plan in this process.
  const opts = parseFollowupArgs([...args, "--json"]) as FollowupCliOptions;
  const reader = new SieReader();
  reader.push(new Uint8Array(fs.readFileSync(opts.sie)));
  const res = reader.end();
  if (!res.ok) throw new Error("unreadable");
  const run = runFollowup(res.books, opts, opts.insatser ? fs.readFileSync(opts.insatser, "utf8") : null);
  const { cells } = followupWorkbookPlan(run, res.books, {
    file: path.basename(opts.sie),
    projectDim: opts.projectDim,
    ranges: opts.ranges,
  });
  const csv = convert(file, csvFilter(false), path.join(OUT, name)).find((f) => f.endsWith(`-${SHEETS.report}.csv`))!;
  const grid = parseCsv(fs.readFileSync(csv, "utf8"));
  const num = (a1: string) => {
    const p = parseAddress(a1);
    return Number(grid[p.row]?.[p.col]);
  };
  const close = (a: number, b: number) => Math.abs(a - b) < 0.005;
  for (const t of j.costTypes as { name: string; amount: number }[]) {
    const at = cells.costTypes[t.name === "Ej klassat" ? UNCLASSIFIED : t.name];
    expect([t.name, close(num(at), t.amount)]).toEqual([t.name, true]);
  }
  for (const a of j.areas as { name: string; amount: number }[]) {
    const at = cells.areas[a.name === "Ej kopplat" ? UNMAPPED : a.name];
    expect([a.name, close(num(at), a.amount)]).toEqual([a.name, true]);
  }
  for (const m of j.matrix as { costType: string; area: string; amount: number }[]) {
    const ct = m.costType === "Ej klassat" ? UNCLASSIFIED : m.costType;
    const ar = m.area === "Ej kopplat" ? UNMAPPED : m.area;
    expect([ct, ar, close(num(cells.matrix[`${ct}|${ar}`]), m.amount)]).toEqual([ct, ar, true]);
  }
  expect(close(num(cells.ledgerTotal), j.total)).toBe(true);
  expect(num(cells.difference)).toBe(j.difference);
  return { j, num, cells };
}

describe("the CLI's .xlsx recalculates in LibreOffice to the CLI's JSON", () => {
  it("Jämtland Härjedalen 2022", async () => {
    const { j, num, cells } = await check("jh2022", [
      "--sie",
      path.join(FIX, "followup/jh2022.se"),
      "--insatser",
      path.join(FIX, "followup/jh2022-insatser.csv"),
      "--mottaget",
      "5669000",
    ]);
    expect(num(cells.unspent)).toBe(j.unspent);
    expect(j.difference).toBe(0);
  }, 240_000);

  it("a real export: postings without a project and accounts no rule covers", async () => {
    const { j } = await check("visma", ["--sie", path.join(FIX, "sie/jsisie_avendo_transaktioner_ovnbolag.se"), "--kontoplan", "bas"]);
    expect(j.unclassifiedAccounts.length).toBeGreaterThan(0);
    expect(j.unmappedProjects.some((p: { project: string }) => p.project === "")).toBe(true);
  }, 240_000);
});

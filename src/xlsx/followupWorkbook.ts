/**
 * The workbook `npm run uppfoljning -- --xlsx` writes: the SIE ledger with every posting on the resource-use
 * accounts (and the follow-up's computed columns), the mapping tables as the CLI applied them, an empty results
 * table and Återrapportering, from the workbook side's plans (core/workbook/followupPlan.ts) and this executor.
 * Its formulas recalculate to the CLI's JSON figures.
 */
import type { FollowupRun } from "../core/followup/run";
import { fiscalYear, followupLedgerRows, type BooksChoice } from "../core/followup/fromBooks";
import { presetById } from "../core/followup/presets";
import { fiscalYearLabel } from "../core/sie/ledger";
import type { SieBooks } from "../core/sie/types";
import { fail } from "../core/util/errors";
import { followupInput, followupPlans, ledgerSheetWithRows, type ReportCells } from "../core/workbook/followupPlan";
import type { SheetPlan } from "../core/workbook/plan";
import { writeXlsx } from "./package";

export interface FollowupWorkbookOptions extends BooksChoice {
  /** The SIE file's name, for the ledger's provenance. */
  file: string;
  /** Where the Insatsområde mapping came from (the CSV's name), for the areas' source. */
  areaSource?: string;
}

export function followupWorkbookPlan(
  run: FollowupRun,
  books: SieBooks,
  opts: FollowupWorkbookOptions,
): { sheets: SheetPlan[]; cells: ReportCells } {
  const year = run.crosswalk.year ?? fiscalYear(books);
  if (year === undefined || year === null) fail("argMissing", { arg: "räkenskapsår (#RAR 0) i SIE-filen, som rapporten gäller" });
  const rows = followupLedgerRows(books, opts);
  const preset = presetById(run.preset);
  const areas = [...new Set(run.mappings.map((m) => m.area))].map((name) => ({ name, source: opts.areaSource ?? "insatsfilen" }));
  const input = followupInput({
    year,
    received: run.crosswalk.received === null ? null : run.crosswalk.received / 100,
    rows,
    rules: run.rules,
    preset: { name: preset.name, source: preset.sources.map((s) => s.title).join("; ") },
    areas,
    mappings: run.mappings,
    results: [],
    resultYears: [year],
    kolada: { loaded: false, region: null, regionName: books.company ?? "", fetchedAt: () => undefined },
  });
  const ledger = ledgerSheetWithRows(
    books.company,
    rows,
    { file: opts.file, generated: books.generated ?? "", year: fiscalYearLabel(books) },
    [],
  );
  const { sheets, cells } = followupPlans(input);
  return { sheets: [ledger, ...sheets], cells };
}

export function followupWorkbook(run: FollowupRun, books: SieBooks, opts: FollowupWorkbookOptions): Promise<Uint8Array> {
  return writeXlsx(followupWorkbookPlan(run, books, opts).sheets);
}

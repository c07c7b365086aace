/**
 * The follow-up model's rows straight from SIE books: every #TRANS on the resource-use accounts, summed per
 * project × activity object × account. Postings without a project object are the project "" (they count in
 * the total, so nothing booked on the accounts is left out). The same rows as ledger rows (with voucher counts)
 * for the workbook the CLI writes with --xlsx.
 */
import { sumPostings, type AccountRange, type LedgerRow } from "../sie/ledger";
import type { SieBooks } from "../sie/types";
import type { FollowupRow } from "./types";

export interface BooksChoice {
  projectDim: string;
  activityDim?: string | null;
  ranges: AccountRange[];
}

/** Every posting on the accounts as ledger rows, projects or not (none: the project ""); a voucher split over one row counts once. */
export function followupLedgerRows(books: SieBooks, choice: BooksChoice): LedgerRow[] {
  return sumPostings(books, choice, (project) => project ?? "");
}

/** The fiscal year the books cover (#RAR 0), or undefined. */
export function fiscalYear(books: SieBooks): number | undefined {
  const y = books.fiscalYears.find((x) => x.index === 0);
  return y ? Number(y.start.slice(0, 4)) : undefined;
}

/** A ledger row as the model reads it (its År as written: "2021" or "2020/21"). */
export function modelRow(r: LedgerRow): FollowupRow {
  return {
    project: r.project,
    projectName: r.projectName,
    activity: r.activity,
    account: r.account,
    accountName: r.accountName,
    ore: r.ore,
    ...(r.year ? { year: r.year } : {}),
  };
}

export function followupRows(books: SieBooks, choice: BooksChoice): FollowupRow[] {
  return followupLedgerRows(books, choice).map(modelRow);
}

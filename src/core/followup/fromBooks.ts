/**
 * The follow-up model's rows straight from SIE books: every #TRANS on the resource-use accounts, summed per
 * project × activity object × account. Postings without a project object are the project "" (they count in
 * the total, so nothing booked on the accounts is left out). The same rows as ledger rows (with voucher counts)
 * for the workbook the CLI writes with --xlsx.
 */
import { fiscalYearLabel, inRanges, type AccountRange, type LedgerRow } from "../sie/ledger";
import { compareDim } from "../sie/reader";
import { objectKey, type SieBooks } from "../sie/types";
import type { FollowupRow } from "./types";

export interface BooksChoice {
  projectDim: string;
  activityDim?: string | null;
  ranges: AccountRange[];
}

/** Every posting on the accounts as ledger rows, projects or not; a voucher split over one row counts once. */
export function followupLedgerRows(books: SieBooks, choice: BooksChoice): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  const year = fiscalYearLabel(books);
  const name = (dim: string, code: string) => books.objectNames.get(objectKey(dim, code)) ?? "";
  const into: (LedgerRow | undefined)[] = [];
  for (const p of books.postings) {
    into.push(undefined);
    if (!inRanges(p.account, choice.ranges)) continue;
    const project = p.objects.find(([d]) => d === choice.projectDim)?.[1] ?? "";
    const activity = (choice.activityDim ? p.objects.find(([d]) => d === choice.activityDim)?.[1] : undefined) ?? "";
    const key = `${project}\u0000${activity}\u0000${p.account}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        year,
        project,
        projectName: project ? name(choice.projectDim, project) : "",
        activity,
        activityName: activity && choice.activityDim ? name(choice.activityDim, activity) : "",
        account: p.account,
        accountName: books.accounts.get(p.account) ?? "",
        ore: 0,
        vouchers: 0,
        budgetOre: null,
      };
      rows.set(key, row);
    }
    row.ore += p.ore;
    row.vouchers += p.vouchers;
    into[into.length - 1] = row;
  }
  for (const group of books.sharedVouchers) {
    const seen = new Set<LedgerRow>();
    for (const i of group) {
      const row = into[i];
      if (!row) continue;
      if (seen.has(row)) row.vouchers--;
      else seen.add(row);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].sort((a, b) => cmp(a.project, b.project) || cmp(a.activity, b.activity) || compareDim(a.account, b.account));
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

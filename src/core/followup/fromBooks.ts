/**
 * The follow-up model's rows straight from SIE books: every #TRANS on the resource-use accounts, summed per
 * project × activity object × account. Postings without a project object are the project "" (they count in
 * the total, so nothing booked on the accounts is left out).
 */
import { inRanges, type AccountRange } from "../sie/ledger";
import { objectKey, type SieBooks } from "../sie/types";
import type { FollowupRow } from "./types";

export interface BooksChoice {
  projectDim: string;
  activityDim?: string | null;
  ranges: AccountRange[];
}

export function followupRows(books: SieBooks, choice: BooksChoice): FollowupRow[] {
  const year = books.fiscalYears.find((y) => y.index === 0);
  const fiscalYear = year ? Number(year.start.slice(0, 4)) : undefined;
  const rows = new Map<string, FollowupRow>();
  for (const p of books.postings) {
    if (!inRanges(p.account, choice.ranges)) continue;
    const project = p.objects.find(([d]) => d === choice.projectDim)?.[1] ?? "";
    const activity = (choice.activityDim ? p.objects.find(([d]) => d === choice.activityDim)?.[1] : undefined) ?? "";
    const key = `${project}\u0000${activity}\u0000${p.account}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        project,
        projectName: project ? (books.objectNames.get(objectKey(choice.projectDim, project)) ?? "") : "",
        activity,
        account: p.account,
        accountName: books.accounts.get(p.account) ?? "",
        ore: 0,
        ...(fiscalYear !== undefined ? { year: fiscalYear } : {}),
      };
      rows.set(key, row);
    }
    row.ore += p.ore;
  }
  return [...rows.values()];
}

/**
 * Where a SIE file's money lies, for the choice of dimension and accounts: the result accounts (3000–8999) per
 * thousand with their sums, and per dimension the objects that carry postings on the chosen accounts. The view shows
 * it before the choice, so a file with nothing on 4000–7999 says where its amounts are (or that it has none).
 */
import { inRanges, type AccountRange } from "./ledger";
import type { SieBooks } from "./types";

export interface AccountClassSum {
  /** First and last account of the thousand, e.g. 5000 and 5999. */
  from: number;
  to: number;
  /** Net sum in öre (debit positive). */
  ore: number;
  /** Accounts with postings in it. */
  accounts: number;
}

export interface DimensionCost {
  dim: string;
  name: string;
  /** Objects of the dimension with postings on the chosen accounts. */
  objects: number;
  /** Their net sum in öre. */
  ore: number;
}

export interface CostMap {
  /** Result accounts (3000–8999) with postings, per thousand, ascending. */
  classes: AccountClassSum[];
  /** Dimensions whose objects carry postings on the chosen accounts, ascending by dimension number. */
  dimensions: DimensionCost[];
  /** Net sum in öre on the chosen accounts, with or without objects. */
  chosenOre: number;
  /** Postings (account × object list) on the chosen accounts. */
  chosenPostings: number;
}

export function costMap(books: SieBooks, ranges: AccountRange[]): CostMap {
  const classes = new Map<number, { ore: number; accounts: Set<string> }>();
  const dims = new Map<string, { objects: Set<string>; ore: number }>();
  let chosenOre = 0;
  let chosenPostings = 0;
  for (const p of books.postings) {
    const n = /^\d{4}$/.test(p.account) ? Number(p.account) : NaN;
    if (n >= 3000 && n <= 8999) {
      const k = Math.floor(n / 1000) * 1000;
      const c = classes.get(k) ?? { ore: 0, accounts: new Set<string>() };
      c.ore += p.ore;
      c.accounts.add(p.account);
      classes.set(k, c);
    }
    if (!inRanges(p.account, ranges)) continue;
    chosenOre += p.ore;
    chosenPostings++;
    for (const [dim, code] of p.objects) {
      const d = dims.get(dim) ?? { objects: new Set<string>(), ore: 0 };
      d.objects.add(code);
      d.ore += p.ore;
      dims.set(dim, d);
    }
  }
  const names = new Map(books.dimensions.map((d) => [d.dim, d.name]));
  return {
    classes: [...classes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([from, c]) => ({ from, to: from + 999, ore: c.ore, accounts: c.accounts.size })),
    dimensions: [...dims.entries()]
      .map(([dim, d]) => ({ dim, name: names.get(dim) ?? "", objects: d.objects.size, ore: d.ore }))
      .sort((a, b) => Number(a.dim) - Number(b.dim) || (a.dim < b.dim ? -1 : 1)),
    chosenOre,
    chosenPostings,
  };
}

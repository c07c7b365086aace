/**
 * From books to the grant ledger GRANT_TRACE reads: one row per project × activity × account, with
 * provenance (project, activity object, account, vouchers, file, export date). The controller chooses
 * which dimension holds the projects, which holds activities, which accounts are resource use and which
 * projects belong to the grant. Amounts stay in integer öre here; the sheet shows kronor.
 */
import { DomainError } from "../util/errors";
import { compareDim } from "./reader";
import { objectKey, type SieBooks } from "./types";

export interface AccountRange {
  from: number;
  to: number;
}

export interface LedgerChoice {
  projectDim: string;
  /** null: no activity dimension, every row's Aktivitet stays empty. */
  activityDim: string | null;
  ranges: AccountRange[];
  /** Project object codes that belong to the grant. */
  projects: string[];
}

export interface LedgerRow {
  /** The fiscal year of #RAR 0 ("2021", or "2020/21" for a broken year); "" when the file gives none. */
  year: string;
  project: string;
  projectName: string;
  /** Activity object code, "" when the transactions carry none. */
  activity: string;
  activityName: string;
  account: string;
  accountName: string;
  ore: number;
  vouchers: number;
  /** Year-0 #PBUDGET for exactly this project (and activity) on this account, öre; null: the budget has no such detail. */
  budgetOre: number | null;
}

/** The fiscal year of #RAR 0 as the ledger's År: "2021", or "2020/21" when it spans two calendar years. */
export function fiscalYearLabel(books: SieBooks): string {
  const y = books.fiscalYears.find((f) => f.index === 0);
  if (!y) return "";
  const [a, b] = [y.start.slice(0, 4), y.end.slice(0, 4)];
  return a === b ? a : `${a}/${b.slice(2)}`;
}

/** BAS classes 4–7: goods, staff, other external and personnel costs, depreciation. */
export const DEFAULT_RANGES: AccountRange[] = [{ from: 4000, to: 7999 }];
export const PROJECT_DIM = "6";

/** "4000-7999, 3010" → ranges; throws a DomainError naming the bad part. */
export function parseRanges(text: string): AccountRange[] {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const ranges = parts.map((p) => {
    const m = /^(\d{1,6})\s*(?:[-–—]\s*(\d{1,6}))?$/.exec(p);
    if (!m)
      throw new DomainError("argType", { arg: `kontointervallet "${p}"`, expected: "ett kontonummer eller ett intervall som 4000-7999" });
    // A short bound means a whole class or group: "4-7" is 4000–7999, "40" is 4000–4099.
    const widen = (n: string, up: boolean) => (n.length >= 4 ? Number(n) : Number(n.padEnd(4, up ? "9" : "0")));
    const range = { from: widen(m[1], false), to: widen(m[2] ?? m[1], true) };
    // Inverted as written ("7999-4000", "40-4") or as accounts ("4-30" would be the empty 4000–3099).
    if (Number(m[2] ?? m[1]) < Number(m[1]) || range.to < range.from)
      throw new DomainError("argType", { arg: `kontointervallet "${p}"`, expected: "ett intervall där första kontot är lägst" });
    return range;
  });
  if (ranges.length === 0) throw new DomainError("argMissing", { arg: "kontointervall" });
  return ranges;
}

export const formatRanges = (r: AccountRange[]) => r.map((x) => (x.from === x.to ? `${x.from}` : `${x.from}-${x.to}`)).join(", ");

export function inRanges(account: string, ranges: AccountRange[]): boolean {
  if (!/^\d+$/.test(account)) return false;
  const n = Number(account);
  return ranges.some((r) => n >= r.from && n <= r.to);
}

/** Dimensions a user can pick: the declared ones plus any used in #TRANS without #DIM. */
export function dimensionOptions(books: SieBooks): { dim: string; name: string }[] {
  const out = new Map(books.dimensions.map((d) => [d.dim, d.name]));
  for (const p of books.postings) for (const [d] of p.objects) if (!out.has(d)) out.set(d, "");
  return [...out.entries()].map(([dim, name]) => ({ dim, name })).sort((a, b) => compareDim(a.dim, b.dim));
}

/** Activities: dimension 1, or the first free dimension ≥ 20 the file declares (sub-dimensions excluded). */
export function defaultActivityDim(books: SieBooks): string | null {
  const free = books.dimensions.find((d) => !d.parent && /^\d+$/.test(d.dim) && Number(d.dim) >= 20);
  if (free) return free.dim;
  return dimensionOptions(books).some((d) => d.dim === "1") ? "1" : null;
}

export interface ProjectOption {
  code: string;
  name: string;
  /** Resource use booked on the project (öre) and its transactions. */
  ore: number;
  transactions: number;
}

/** Objects of the project dimension that carry transactions on the chosen accounts. */
export function projectOptions(books: SieBooks, projectDim: string, ranges: AccountRange[]): ProjectOption[] {
  const out = new Map<string, ProjectOption>();
  for (const p of books.postings) {
    if (!inRanges(p.account, ranges)) continue;
    const ref = p.objects.find(([d]) => d === projectDim);
    if (!ref) continue;
    const code = ref[1];
    const o = out.get(code) ?? { code, name: books.objectNames.get(objectKey(projectDim, code)) ?? "", ore: 0, transactions: 0 };
    o.ore += p.ore;
    o.transactions += p.transactions;
    out.set(code, o);
  }
  return [...out.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function defaultChoice(books: SieBooks): LedgerChoice {
  const dims = dimensionOptions(books);
  const projectDim = dims.some((d) => d.dim === PROJECT_DIM) || dims.length === 0 ? PROJECT_DIM : dims[0].dim;
  return {
    projectDim,
    activityDim: defaultActivityDim(books),
    ranges: DEFAULT_RANGES,
    projects: projectOptions(books, projectDim, DEFAULT_RANGES).map((p) => p.code),
  };
}

export function buildLedger(books: SieBooks, choice: LedgerChoice): LedgerRow[] {
  const selected = new Set(choice.projects);
  // Budget rows whose object list is exactly a project (and an activity): the ledger row's own detail.
  const budget = new Map<string, number>();
  for (const b of books.budget) {
    const project = b.objects.find(([d]) => d === choice.projectDim)?.[1];
    if (project === undefined) continue;
    const activity = (choice.activityDim !== null && b.objects.find(([d]) => d === choice.activityDim)?.[1]) || "";
    if (b.objects.length !== (activity ? 2 : 1)) continue;
    const key = `${project}\u0000${activity}\u0000${b.account}`;
    budget.set(key, (budget.get(key) ?? 0) + b.ore);
  }
  return sumPostings(books, choice, (project) => (project !== undefined && selected.has(project) ? project : null), budget);
}

/**
 * The postings on the chosen accounts summed per project × activity object × account, sorted. `projectOf` says
 * which row a posting's project object (undefined: none) goes to, or null to leave the posting out; `budget`
 * gives a row its Budget (kr) by the same key. The one summing loop of the SIE ledger and the follow-up rows.
 */
export function sumPostings(
  books: SieBooks,
  choice: { projectDim: string; activityDim?: string | null; ranges: AccountRange[] },
  projectOf: (project: string | undefined) => string | null,
  budget?: ReadonlyMap<string, number>,
): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  const year = fiscalYearLabel(books);
  const activityDim = choice.activityDim ?? null;
  const name = (dim: string, code: string) => books.objectNames.get(objectKey(dim, code)) ?? "";
  // The ledger row each posting is summed into, by posting index (none: not chosen).
  const into: (LedgerRow | undefined)[] = [];
  for (const p of books.postings) {
    into.push(undefined);
    if (!inRanges(p.account, choice.ranges)) continue;
    const project = projectOf(p.objects.find(([d]) => d === choice.projectDim)?.[1]);
    if (project === null) continue;
    const activity = (activityDim !== null && p.objects.find(([d]) => d === activityDim)?.[1]) || "";
    const key = `${project}\u0000${activity}\u0000${p.account}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        year,
        project,
        projectName: project ? name(choice.projectDim, project) : "",
        activity,
        activityName: activity && activityDim !== null ? name(activityDim, activity) : "",
        account: p.account,
        accountName: books.accounts.get(p.account) ?? "",
        ore: 0,
        vouchers: 0,
        budgetOre: budget?.get(key) ?? null,
      };
      rows.set(key, row);
    }
    row.ore += p.ore;
    row.vouchers += p.vouchers;
    into[into.length - 1] = row;
  }
  // A voucher that split one account over postings which land in the same row counted once per posting: once.
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

export interface GrantAccount {
  account: string;
  name: string;
  /** Received on the account in the year (credit as a positive amount), öre. */
  ore: number;
}

/** Accounts the pane proposes for grant income: those whose name mentions statsbidrag or bidrag, with what they received. */
export function grantIncomeAccounts(books: SieBooks): GrantAccount[] {
  const out = new Map<string, GrantAccount>();
  for (const p of books.postings) {
    const name = books.accounts.get(p.account) ?? "";
    if (!/bidrag/i.test(name)) continue;
    const a = out.get(p.account) ?? { account: p.account, name, ore: 0 };
    a.ore -= p.ore;
    out.set(p.account, a);
  }
  return [...out.values()].sort((x, y) => compareDim(x.account, y.account));
}

/**
 * The grant received according to the books: the year's #TRANS on the chosen income accounts (credit as a
 * positive amount), for one project object when given, with the vouchers it comes from as provenance.
 */
export function grantIncome(
  books: SieBooks,
  accounts: string[],
  project: { dim: string; code: string } | null,
): { ore: number; vouchers: string[] } {
  const chosen = new Set(accounts);
  let ore = 0;
  const vouchers = new Set<string>();
  books.postings.forEach((p, i) => {
    if (!chosen.has(p.account)) return;
    if (project && !p.objects.some(([d, c]) => d === project.dim && c === project.code)) return;
    ore -= p.ore;
    for (const v of books.grantVouchers.get(i) ?? []) vouchers.add(v);
  });
  return { ore, vouchers: [...vouchers] };
}

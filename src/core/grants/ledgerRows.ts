/**
 * One way to read a ledger table (a header row, then one row per booking) for every function over it:
 * GRANT_TRACE, SPARBARHET and UPPFOLJNING. Headers are matched folded (case, diacritics, spacing) against
 * each column's accepted names; an error value in any column the caller reads stops the read with its row
 * named; blank amounts are skipped; an amount that is not a number, or absurdly large, is an error naming
 * its row. Rows are numbered as in the range, the header being row 1.
 */
import { basicValue } from "../util/cells";
import { MAX_AMOUNT } from "../util/decimal";
import { fail } from "../util/errors";
import { fold, parseAmount } from "../util/text";
import { traceLabel, traceNames, type TraceRole } from "../ledger/columns";

/**
 * The headers each column is recognised by, folded: the ledgers' own names (core/ledger/columns.ts) and the
 * alternatives a controller's own table may use, English included.
 */
const ALSO_ACCEPTED = {
  goal: ["goal"],
  activity: ["activity"],
  item: ["post", "cost item", "kategori"],
  // "Belopp": the Bidragshuvudbok's header before it named its unit (workbooks made then), read as mnkr.
  amount: ["amount", "belopp", "belopp mnkr", "belopp kr", "belopp (tkr)", "belopp tkr"],
  indicator: ["result indicator", "indikator"],
  outcome: ["outcome", "resultat"],
  project: ["project"],
  projectName: ["project name"],
  activityObject: ["activity object"],
  account: ["account"],
  year: ["year", "rakenskapsar"],
  budget: ["budget"],
} as const;
export type LedgerColumn = keyof typeof ALSO_ACCEPTED;

/** The ledger column (core/ledger/columns.ts) each non-chain role reads. */
const NAMED: Record<Exclude<LedgerColumn, TraceRole>, string> = {
  project: "Projekt",
  projectName: "Projektnamn",
  activityObject: "Aktivitetsobjekt",
  account: "Konto",
  year: "År",
  budget: "Budget (kr)",
};
const isTrace = (c: LedgerColumn): c is TraceRole => !(c in NAMED);

export const ACCEPTED = Object.fromEntries(
  (Object.keys(ALSO_ACCEPTED) as LedgerColumn[]).map((c) => [
    c,
    [...(isTrace(c) ? traceNames(c) : [NAMED[c]]).map((n) => fold(n)), ...ALSO_ACCEPTED[c]],
  ]),
) as unknown as Record<LedgerColumn, readonly string[]>;

/** The name a message gives a column: the Bidragshuvudbok's for chain roles ("Belopp"), else the column's own. */
export const columnLabel = (c: LedgerColumn): string => (isTrace(c) ? traceLabel(c) : NAMED[c]);

export type AmountUnit = "kr" | "tkr" | "mnkr";

export interface LedgerTable<C extends LedgerColumn> {
  /** Folded header texts. */
  header: string[];
  /** Column index per requested column, -1 where the table has none. */
  idx: Record<C, number>;
  /** The amount column's unit as its header states it; mnkr where it states none. */
  unit: AmountUnit;
}

/**
 * Finds the requested columns (amount always) and fails naming the required ones that are missing. The
 * table must have a header row; an empty table is ledgerEmpty.
 */
export function ledgerTable<C extends LedgerColumn>(
  table: unknown[][],
  columns: readonly C[],
  required: readonly C[],
): LedgerTable<C | "amount"> {
  if (table.length === 0) fail("ledgerEmpty", {});
  const header = table[0].map((cell) => {
    const h = basicValue(cell);
    return typeof h === "string" ? fold(h) : "";
  });
  const idx = {} as Record<C | "amount", number>;
  for (const col of [...columns, "amount" as const]) {
    idx[col] = header.findIndex((h) => ACCEPTED[col].includes(h));
  }
  const missing = [...required, "amount" as const].filter((c, i, all) => idx[c] < 0 && all.indexOf(c) === i);
  if (missing.length) fail("ledgerColumns", { missing: missing.map((c) => columnLabel(c)).join(", ") });
  const h = header[idx.amount];
  const unit: AmountUnit = /\btkr\b/.test(h) ? "tkr" : /\bkr\b/.test(h) ? "kr" : "mnkr";
  return { header, idx, unit };
}

/** The code of an error value Excel passes inside a range (#N/A …); null for ordinary cells. */
export function errorValue(v: unknown): string | null {
  if (v === null || typeof v !== "object") return null;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && /^#[A-Z0-9/!?]{1,12}$/.test(code) ? code : "(felvärde)";
}

export const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell as trimmed text ("" when blank); numbers as Excel shows them without grouping (4010, 2024). */
export function cellText(row: unknown[], i: number): string {
  if (i < 0) return "";
  const v = row[i];
  return typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
}

/**
 * Calls visit(row, amount, rowNumber) for every row with an amount, in order; returns how many there were
 * (0 fails ledgerEmpty). Error values are checked in every column of t.idx that the table has; a row with a
 * data-type cell is visited with its cells as plain values (util/cells basicValue).
 */
export function forEachLedgerRow<C extends LedgerColumn>(
  table: unknown[][],
  t: LedgerTable<C>,
  visit: (row: unknown[], amount: number, rowNumber: number) => void,
): number {
  const used = (Object.keys(t.idx) as C[]).filter((c) => t.idx[c] >= 0);
  const usedAt = used.map((c) => t.idx[c]);
  const iAmount = t.idx["amount" as C];
  let n = 0;
  const none: unknown[] = [];
  for (let r = 1; r < table.length; r++) {
    let row = table[r] ?? none;
    for (let k = 0; k < usedAt.length; k++) {
      const v = row[usedAt[k]];
      if (v !== null && typeof v === "object") {
        // A data-type cell (a formatted number, an entity) is read as its plain value: the range is not
        // pre-scanned for them (functions/args asMatrixRaw), so its row is unwrapped here, once.
        const plain = basicValue(v);
        if (plain !== null && typeof plain === "object") {
          fail("ledgerErrorValue", { row: String(r + 1), column: columnLabel(used[k]), value: errorValue(plain)! });
        }
        row = row.map(basicValue);
      }
    }
    const raw = row[iAmount];
    if (isBlank(raw)) continue;
    const amount = typeof raw === "number" && Number.isFinite(raw) ? raw : parseAmount(raw);
    if (amount === null) fail("argType", { arg: `Belopp på rad ${r + 1}`, expected: "ett tal" });
    if (Math.abs(amount) > MAX_AMOUNT) fail("argRange", { arg: `Belopp på rad ${r + 1}`, min: "−10^15", max: "10^15" });
    n++;
    visit(row, amount, r + 1);
  }
  if (n === 0) fail("ledgerEmpty", {});
  return n;
}

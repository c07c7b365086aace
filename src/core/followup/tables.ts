/**
 * The follow-up model's inputs read from Excel ranges: the ledger (through the same reader as GRANT_TRACE
 * and SPARBARHET), the Kostnadsslag table (Från, Till, Kostnadsslag) and the Insatsområde table (Projekt,
 * [Aktivitetsobjekt], Insatsområde). Mapping tables may come with or without their header row; rows are
 * numbered as in the range passed, so an error names the row the user sees counted from the range's top.
 */
import { shift } from "../util/decimal";
import { fail } from "../util/errors";
import { fold } from "../util/text";
import { cellText, errorValue, forEachLedgerRow, ledgerTable, type AmountUnit } from "../grants/ledgerRows";
import { yearStart, type AreaMapping, type CostRule, type FollowupRow } from "./types";

/** Powers of ten from the ledger's unit to öre. */
export const ORE_SHIFT: Record<AmountUnit, number> = { kr: 2, tkr: 5, mnkr: 8 };

const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * An amount in the ledger's unit as öre. When amount × 10^k lands on a whole number (within rounding noise),
 * that number is the decimal the cell shows, shifted; anything else (sub-öre amounts, very large ones) goes
 * through the exact decimal shift and is rounded once.
 */
export function toOre(amount: number, k: number): number {
  const y = amount * POW[k];
  const x = Math.round(y);
  return Math.abs(y - x) < 1e-7 && Number.isSafeInteger(x) ? x : Math.round(shift(amount, k));
}

export interface LedgerRead {
  rows: FollowupRow[];
  unit: AmountUnit;
  hasYear: boolean;
}

const FOLLOWUP_COLUMNS = ["project", "projectName", "activityObject", "account", "item", "year"] as const;

/** Ledger rows for the model; year filters on the År column (rows of other years, or without one, are left out). */
export function readLedger(table: unknown[][], year?: number): LedgerRead {
  const t = ledgerTable(table, FOLLOWUP_COLUMNS, ["account"]);
  const { project, projectName, activityObject, account, item, year: iYear } = t.idx;
  if (year !== undefined && iYear < 0) fail("argType", { arg: "år", expected: "tomt när huvudboken saknar kolumnen År" });
  const k = ORE_SHIFT[t.unit];
  const rows: FollowupRow[] = [];
  const years = new Set<number>();
  forEachLedgerRow(table, t, (row, amount, r) => {
    let y: number | undefined;
    if (iYear >= 0) {
      const v = row[iYear];
      y = typeof v === "number" || typeof v === "string" ? yearStart(v) : undefined;
      if (y !== undefined) years.add(y);
      if (year !== undefined && y !== year) return;
    }
    const acc = cellText(row, account);
    if (!acc) fail("argMissing", { arg: `Konto på rad ${r}` });
    rows.push({
      project: cellText(row, project),
      projectName: cellText(row, projectName),
      activity: cellText(row, activityObject),
      account: acc,
      accountName: cellText(row, item),
      ore: toOre(amount, k),
      ...(y !== undefined ? { year: y } : {}),
    });
  });
  if (year !== undefined && rows.length === 0)
    fail("noData", { what: `huvudboken år ${year}`, available: [...years].sort((a, b) => a - b).join(", ") || undefined });
  return { rows, unit: t.unit, hasYear: iYear >= 0 };
}

interface Columns<K extends string> {
  names: Record<K, readonly string[]>;
  /** Column positions when the range has no header row. */
  positional: (width: number) => Record<K, number>;
}

/** Header row or not: a header is a first row whose cells are all text and that names the key column. */
function columnsOf<K extends string>(m: unknown[][], spec: Columns<K>, key: NoInfer<K>): { idx: Record<K, number>; start: number } {
  const first = m[0] ?? [];
  const folded = first.map((c) => (typeof c === "string" ? fold(c) : null));
  const header = folded.some((c) => c !== null && (spec.names[key] as readonly string[]).includes(c));
  if (!header) return { idx: spec.positional(first.length), start: 0 };
  const idx = {} as Record<K, number>;
  for (const k of Object.keys(spec.names) as K[])
    idx[k] = folded.findIndex((c) => c !== null && (spec.names[k] as readonly string[]).includes(c));
  return { idx, start: 1 };
}

const blankRow = (row: unknown[]) => row.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));

function checkErrors(table: string, row: unknown[], r: number) {
  for (const c of row) {
    const e = errorValue(c);
    if (e) fail("argType", { arg: `${table} rad ${r}`, expected: `utan felvärden (cellen har ${e})` });
  }
}

const COST_SPEC: Columns<"from" | "to" | "type"> = {
  names: {
    from: ["fran", "fran konto", "konto fran", "from", "from account"],
    to: ["till", "till konto", "konto till", "to", "to account"],
    type: ["kostnadsslag", "cost type", "typ"],
  },
  positional: () => ({ from: 0, to: 1, type: 2 }),
};

function accountNumber(v: unknown, what: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) fail("argType", { arg: what, expected: "ett kontonummer (heltal)" });
  return n;
}

/** The Kostnadsslag table: one rule per non-blank row; Till blank = the same account as Från. No rules: every account is Ej klassat. */
export function readCostRules(m: unknown[][]): CostRule[] {
  const { idx, start } = columnsOf(m, COST_SPEC, "type");
  if (idx.from < 0 || idx.type < 0)
    fail("ledgerColumns", { missing: [idx.from < 0 ? "Från" : "", idx.type < 0 ? "Kostnadsslag" : ""].filter(Boolean).join(", ") });
  const out: CostRule[] = [];
  for (let r = start; r < m.length; r++) {
    const row = m[r];
    if (blankRow(row)) continue;
    checkErrors("Kostnadsslag", row, r + 1);
    const from = accountNumber(row[idx.from], `Från på rad ${r + 1} i kostnadsslagen`);
    const toCell = idx.to >= 0 ? row[idx.to] : null;
    const to =
      toCell === null || toCell === undefined || toCell === "" ? from : accountNumber(toCell, `Till på rad ${r + 1} i kostnadsslagen`);
    const costType = cellText(row, idx.type);
    if (!costType) fail("argMissing", { arg: `kostnadsslag på rad ${r + 1}` });
    out.push({ from, to, costType, row: r + 1 });
  }
  return out;
}

const AREA_SPEC: Columns<"project" | "activity" | "area"> = {
  names: {
    project: ["projekt", "project"],
    activity: ["aktivitetsobjekt", "activity object"],
    area: ["insatsomrade", "omrade", "area", "insatsomraden"],
  },
  positional: (w) => (w >= 3 ? { project: 0, activity: 1, area: 2 } : { project: 0, activity: -1, area: 1 }),
};

/** The Insatsområde table; a row with a project but no area is left out (the project stays unmapped). */
export function readAreaMappings(m: unknown[][]): AreaMapping[] {
  const { idx, start } = columnsOf(m, AREA_SPEC, "area");
  if (idx.project < 0 || idx.area < 0)
    fail("ledgerColumns", { missing: [idx.project < 0 ? "Projekt" : "", idx.area < 0 ? "Insatsområde" : ""].filter(Boolean).join(", ") });
  const out: AreaMapping[] = [];
  for (let r = start; r < m.length; r++) {
    const row = m[r];
    if (blankRow(row)) continue;
    checkErrors("Insatsområden", row, r + 1);
    const area = cellText(row, idx.area);
    if (!area) continue;
    out.push({ project: cellText(row, idx.project), activity: cellText(row, idx.activity), area, row: r + 1 });
  }
  return out;
}

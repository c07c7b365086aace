/**
 * Merges imported ledger rows into the ledger table the workbook already holds, as plain data.
 * - Rows are matched on their provenance (År, Projekt, Aktivitetsobjekt, Konto): the next year's export adds its
 *   rows beside the earlier year's instead of replacing them. A table without År (made before it existed) matches
 *   every row as the imported year.
 * - A matched row gets the new amount, voucher count, file and export date; everything else in it (Mål,
 *   Aktivitet, Kostnadspost, Resultatindikator, Utfall, extra columns the user added) stays as it is.
 * - A row of a chosen project and of the imported year that the new export no longer has is set to 0, never deleted.
 * - Text is written inert ("'=…"), and so is every text cell read back: Excel returns quote-prefixed text without
 *   its apostrophe (office-js issue 6687), so a cell whose formula equals its value and starts with = + - @ is
 *   text and gets its apostrophe back, never turned into a live formula.
 * - Rows the user typed (no Konto) and rows of other projects are not touched.
 * - Completely empty rows are reused before rows are appended.
 * Re-importing the same file therefore changes nothing.
 */
import { SIE_LEDGER_HEADER, type SieLedgerColumn } from "../ledger/columns";
import { DomainError } from "../util/errors";
import { fold, inertText } from "../util/text";
import type { LedgerRow } from "./ledger";
import { kronor } from "./summary";

export type Cell = string | number | boolean;

type Column = SieLedgerColumn;
const REQUIRED: readonly Column[] = ["Belopp (kr)", "Projekt", "Aktivitetsobjekt", "Konto"];

export interface Provenance {
  file: string;
  /** The fiscal year of #RAR 0 (the ledger's År); "" when the file gives none. */
  year: string;
  /** #GEN date, ISO; "" when the file has none. */
  generated: string;
}

export interface RowChange {
  year: string;
  project: string;
  activity: string;
  account: string;
  /** The account's name where the file gives it (for zeroed rows: none). */
  accountName: string;
  label: string;
  from: number | null;
  to: number;
}

export interface MergeResult {
  header: string[];
  /** The whole body after the merge, in the table's own column order. */
  body: Cell[][];
  /** Rows to add below the existing body (body.length - existing rows). */
  appended: number;
  added: RowChange[];
  updated: RowChange[];
  zeroed: RowChange[];
  unchanged: number;
  /** Whether anything differs from what the table holds. */
  changed: boolean;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const blank = (row: unknown[]) => row.every((v) => text(v) === "");

function sameCell(a: unknown, b: Cell): boolean {
  if (typeof b === "number") return a !== "" && a !== null && Number(a) === b;
  return text(a).replace(/^'/, "") === text(b).replace(/^'/, "");
}

/** Cell text as the user sees it (a written apostrophe is not part of it). */
const shown = (v: unknown) => text(v).replace(/^'/, "");

/**
 * A cell as read (its formula, and its value where known) written back unchanged: a real formula as its formula,
 * text that Excel holds with a quote prefix (formula and value the same text, starting with = + - @) with its
 * apostrophe again.
 */
function writeBack(formula: unknown, value: unknown): Cell {
  const f = (formula ?? "") as Cell;
  if (typeof f !== "string" || !/^[=+\-@]/.test(f)) return f;
  if (value === undefined) return f.startsWith("=") ? f : inertText(f); // values not read: only "=" can be a formula
  return value === f ? inertText(f) : f;
}

/**
 * The ledger holds the books of the company with organisation number `held` (as the first import wrote it); an
 * export of another company is refused naming both. Unknown on either side: nothing to compare.
 */
export function otherCompany(held: string, incoming: string | null): DomainError | null {
  const digits = (s: string) => s.replace(/\D/g, "");
  if (!held.trim() || !incoming || digits(held) === digits(incoming)) return null;
  return new DomainError("sieLedger", {
    problem: `filen är en export för organisationsnummer ${incoming.trim()}, men huvudboken gäller ${held.trim()}. Importera den i en annan arbetsbok`,
  });
}

const keyOf = (y: string, p: string, a: string, k: string) => `${y}\u0000${p}\u0000${a}\u0000${k}`;
const label = (r: { year: string; project: string; activity: string; account: string }, name = "") =>
  `${r.year ? `${r.year}, ` : ""}Projekt ${r.project}${r.activity ? `, aktivitet ${r.activity}` : ""}, konto ${r.account}${name ? ` ${name}` : ""}`;

/** Writing into a row by column name, in the table's own column order (a column the user removed is skipped). */
function rowWriter(col: Record<Column, number>, prov: Provenance) {
  const set = (row: Cell[], c: Column, v: Cell) => {
    if (col[c] >= 0) row[col[c]] = v;
  };
  /** Amount, budget (undefined: leave it), year and provenance. */
  const stamp = (row: Cell[], amount: number, vouchers: number, budget: number | null | undefined) => {
    set(row, "Belopp (kr)", amount);
    if (budget !== undefined) set(row, "Budget (kr)", budget === null ? "" : kronor(budget));
    set(row, "År", inertText(prov.year));
    set(row, "Verifikationer", vouchers);
    set(row, "Fil", inertText(prov.file));
    set(row, "Exportdatum", prov.generated);
  };
  return { set, stamp, year: prov.year };
}
type RowWriter = ReturnType<typeof rowWriter>;

/** Existing rows of the file: a matched row gets the new amount, one of a chosen project the export lacks gets 0. */
function updateRows(body: Cell[][], col: Record<Column, number>, incoming: Map<string, LedgerRow>, inScope: Set<string>, w: RowWriter) {
  const updated: RowChange[] = [];
  const zeroed: RowChange[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  body.forEach((row) => {
    const account = shown(row[col.Konto]);
    if (!account) return; // the user's own row, or an empty one
    const project = shown(row[col.Projekt]);
    const activity = shown(row[col.Aktivitetsobjekt]);
    const year = col.År >= 0 ? shown(row[col.År]) : w.year;
    const key = keyOf(year, project, activity, account);
    const before = row[col["Belopp (kr)"]];
    const from = text(before) === "" || !Number.isFinite(Number(before)) ? null : Number(before);
    const r = incoming.get(key);
    if (r && !seen.has(key)) {
      seen.add(key);
      const to = kronor(r.ore);
      w.stamp(row, to, r.vouchers, r.budgetOre);
      if (from === to) unchanged++;
      else
        updated.push({
          year,
          project,
          activity,
          account,
          accountName: r.accountName,
          label: label({ ...r, year }, r.accountName),
          from,
          to,
        });
    } else if (inScope.has(project) && year === w.year) {
      w.stamp(row, 0, 0, undefined);
      if (from !== 0)
        zeroed.push({ year, project, activity, account, accountName: "", label: label({ year, project, activity, account }), from, to: 0 });
      else unchanged++;
    }
  });
  return { seen, updated, zeroed, unchanged };
}

/** New rows of the file: into completely empty rows first, then appended. */
function addRows(body: Cell[][], width: number, rows: LedgerRow[], seen: Set<string>, w: RowWriter) {
  const free = body.map((r, i) => (blank(r) ? i : -1)).filter((i) => i >= 0);
  const added: RowChange[] = [];
  let appended = 0;
  for (const r of rows) {
    const key = keyOf(w.year, r.project, r.activity, r.account);
    if (seen.has(key)) continue;
    const row: Cell[] = new Array(width).fill("");
    w.set(row, "Aktivitet", inertText(r.activityName || r.activity));
    w.set(row, "Kostnadspost", inertText(`${r.account} ${r.accountName}`.trim()));
    w.set(row, "Projekt", inertText(r.project));
    w.set(row, "Projektnamn", inertText(r.projectName));
    w.set(row, "Aktivitetsobjekt", inertText(r.activity));
    w.set(row, "Konto", r.account);
    w.stamp(row, kronor(r.ore), r.vouchers, r.budgetOre);
    const slot = free.shift();
    if (slot !== undefined) body[slot] = row;
    else {
      body.push(row);
      appended++;
    }
    added.push({
      year: w.year,
      project: r.project,
      activity: r.activity,
      account: r.account,
      accountName: r.accountName,
      label: label({ ...r, year: w.year }, r.accountName),
      from: null,
      to: kronor(r.ore),
    });
  }
  return { added, appended };
}

export function mergeLedger(
  existing: { header: unknown[]; body: unknown[][]; values?: unknown[][] } | null,
  rows: LedgerRow[],
  prov: Provenance,
  projects: string[],
): MergeResult {
  const header = existing ? existing.header.map(text) : [...SIE_LEDGER_HEADER];
  const folded = header.map((h) => fold(h));
  const col = Object.fromEntries(SIE_LEDGER_HEADER.map((c) => [c, folded.indexOf(fold(c))])) as Record<Column, number>;
  const missing = REQUIRED.filter((c) => col[c] < 0);
  if (missing.length) throw new DomainError("sieLedger", { problem: `tabellen saknar kolumnerna ${missing.join(", ")}` });

  const width = header.length;
  const values = existing?.values;
  const old = (existing?.body ?? []).map((r, i) => Array.from({ length: width }, (_, j) => writeBack(r[j], values?.[i]?.[j])));
  const body: Cell[][] = old.map((r) => [...r]);
  const incoming = new Map(rows.map((r) => [keyOf(prov.year, r.project, r.activity, r.account), r]));
  const w = rowWriter(col, prov);
  const { seen, updated, zeroed, unchanged } = updateRows(body, col, incoming, new Set(projects), w);
  const { added, appended } = addRows(body, width, rows, seen, w);
  const changed = appended > 0 || body.some((row, i) => row.some((v, j) => !sameCell(old[i]?.[j] ?? "", v)));
  return { header, body, appended, added, updated, zeroed, unchanged, changed };
}

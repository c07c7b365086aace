/**
 * Merges imported ledger rows into the ledger table the workbook already holds, as plain data.
 * - Rows are matched on their provenance (År, Projekt, Aktivitetsobjekt, Konto): the next year's export adds its
 *   rows beside the earlier year's instead of replacing them. A table without År (made before it existed) matches
 *   every row as the imported year.
 * - A matched row gets the new amount, voucher count, file and export date; everything else in it (Mål,
 *   Aktivitet, Kostnadspost, Resultatindikator, Utfall, extra columns the user added) stays as it is.
 * - A row of a chosen project and of the imported year that the new export no longer has is set to 0, never deleted.
 * - Text is written formula-safe ("'=…"), and so is every text cell read back: Excel returns quote-prefixed text
 *   without its apostrophe (office-js issue 6687), so a cell whose formula equals its value and starts with
 *   = + - @ is text and gets its apostrophe back, never turned into a live formula.
 * - Rows the user typed (no Konto) and rows of other projects are not touched.
 * - Completely empty rows are reused before rows are appended.
 * Re-importing the same file therefore changes nothing.
 */
import { SIE_LEDGER_HEADER, type SieLedgerColumn } from "../ledger/columns";
import { DomainError } from "../util/errors";
import { fold } from "../util/text";
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
/** A text cell written as a formula-safe value: a leading "=" would make it a formula. */
const safe = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);

/**
 * A cell as read (its formula, and its value where known) written back unchanged: a real formula as its formula,
 * text that Excel holds with a quote prefix (formula and value the same text, starting with = + - @) with its
 * apostrophe again.
 */
function writeBack(formula: unknown, value: unknown): Cell {
  const f = (formula ?? "") as Cell;
  if (typeof f !== "string" || !/^[=+\-@]/.test(f)) return f;
  if (value === undefined) return f.startsWith("=") ? f : safe(f); // values not read: only "=" can be a formula
  return value === f ? safe(f) : f;
}

function sameCell(a: unknown, b: Cell): boolean {
  if (typeof b === "number") return a !== "" && a !== null && Number(a) === b;
  return text(a).replace(/^'/, "") === text(b).replace(/^'/, "");
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
  const keyOf = (y: string, p: string, a: string, k: string) => `${y}\u0000${p}\u0000${a}\u0000${k}`;
  const incoming = new Map(rows.map((r) => [keyOf(prov.year, r.project, r.activity, r.account), r]));
  /** Cell text as the user sees it (a written apostrophe is not part of it). */
  const seen_ = (v: unknown) => text(v).replace(/^'/, "");
  const inScope = new Set(projects);
  const label = (r: { year: string; project: string; activity: string; account: string }, name = "") =>
    `${r.year ? `${r.year}, ` : ""}Projekt ${r.project}${r.activity ? `, aktivitet ${r.activity}` : ""}, konto ${r.account}${name ? ` ${name}` : ""}`;
  const set = (row: Cell[], c: Column, v: Cell) => {
    if (col[c] >= 0) row[col[c]] = v;
  };
  const stamp = (row: Cell[], amount: number, vouchers: number, budget: number | null | undefined) => {
    set(row, "Belopp (kr)", amount);
    if (budget !== undefined) set(row, "Budget (kr)", budget === null ? "" : kronor(budget));
    set(row, "År", safe(prov.year));
    set(row, "Verifikationer", vouchers);
    set(row, "Fil", safe(prov.file));
    set(row, "Exportdatum", prov.generated);
  };

  const added: RowChange[] = [];
  const updated: RowChange[] = [];
  const zeroed: RowChange[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  body.forEach((row) => {
    const account = seen_(row[col.Konto]);
    if (!account) return; // the user's own row, or an empty one
    const project = seen_(row[col.Projekt]);
    const activity = seen_(row[col.Aktivitetsobjekt]);
    const year = col.År >= 0 ? seen_(row[col.År]) : prov.year;
    const key = keyOf(year, project, activity, account);
    const before = row[col["Belopp (kr)"]];
    const from = text(before) === "" || !Number.isFinite(Number(before)) ? null : Number(before);
    const r = incoming.get(key);
    if (r && !seen.has(key)) {
      seen.add(key);
      const to = kronor(r.ore);
      stamp(row, to, r.vouchers, r.budgetOre);
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
    } else if (inScope.has(project) && year === prov.year) {
      stamp(row, 0, 0, undefined);
      if (from !== 0)
        zeroed.push({ year, project, activity, account, accountName: "", label: label({ year, project, activity, account }), from, to: 0 });
      else unchanged++;
    }
  });

  const free = body.map((r, i) => (blank(r) ? i : -1)).filter((i) => i >= 0);
  let appended = 0;
  for (const r of rows) {
    const key = keyOf(prov.year, r.project, r.activity, r.account);
    if (seen.has(key)) continue;
    const row: Cell[] = new Array(width).fill("");
    set(row, "Aktivitet", safe(r.activityName || r.activity));
    set(row, "Kostnadspost", safe(`${r.account} ${r.accountName}`.trim()));
    set(row, "Projekt", safe(r.project));
    set(row, "Projektnamn", safe(r.projectName));
    set(row, "Aktivitetsobjekt", safe(r.activity));
    set(row, "Konto", r.account);
    stamp(row, kronor(r.ore), r.vouchers, r.budgetOre);
    const slot = free.shift();
    if (slot !== undefined) body[slot] = row;
    else {
      body.push(row);
      appended++;
    }
    added.push({
      year: prov.year,
      project: r.project,
      activity: r.activity,
      account: r.account,
      accountName: r.accountName,
      label: label({ ...r, year: prov.year }, r.accountName),
      from: null,
      to: kronor(r.ore),
    });
  }
  const changed = appended > 0 || body.some((row, i) => row.some((v, j) => !sameCell(old[i]?.[j] ?? "", v)));
  return { header, body, appended, added, updated, zeroed, unchanged, changed };
}

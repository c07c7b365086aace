/**
 * Merges imported ledger rows into the ledger table the workbook already holds, as plain data.
 * - Rows are matched on their provenance (Projekt, Aktivitetsobjekt, Konto).
 * - A matched row gets the new amount, voucher count, file and export date; everything else in it (Mål,
 *   Aktivitet, Kostnadspost, Resultatindikator, Utfall, extra columns the user added) stays as it is.
 * - A row of a chosen project that the new export no longer has is set to 0, never deleted.
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
  /** #GEN date, ISO; "" when the file has none. */
  generated: string;
}

export interface RowChange {
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
  return text(a) === text(b).replace(/^'/, "");
}

const keyOf = (p: string, a: string, k: string) => `${p}\u0000${a}\u0000${k}`;
const label = (r: { project: string; activity: string; account: string }, name = "") =>
  `Projekt ${r.project}${r.activity ? `, aktivitet ${r.activity}` : ""}, konto ${r.account}${name ? ` ${name}` : ""}`;

/** Writing into a row by column name, in the table's own column order (a column the user removed is skipped). */
function rowWriter(col: Record<Column, number>, prov: Provenance) {
  const set = (row: Cell[], c: Column, v: Cell) => {
    if (col[c] >= 0) row[col[c]] = v;
  };
  const stamp = (row: Cell[], amount: number, vouchers: number) => {
    set(row, "Belopp (kr)", amount);
    set(row, "Verifikationer", vouchers);
    set(row, "Fil", inertText(prov.file));
    set(row, "Exportdatum", prov.generated);
  };
  return { set, stamp };
}
type RowWriter = ReturnType<typeof rowWriter>;

/** Existing rows of the file: a matched row gets the new amount, one of a chosen project the export lacks gets 0. */
function updateRows(body: Cell[][], col: Record<Column, number>, incoming: Map<string, LedgerRow>, inScope: Set<string>, w: RowWriter) {
  const updated: RowChange[] = [];
  const zeroed: RowChange[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  body.forEach((row) => {
    const account = text(row[col.Konto]);
    if (!account) return; // the user's own row, or an empty one
    const project = text(row[col.Projekt]);
    const activity = text(row[col.Aktivitetsobjekt]);
    const key = keyOf(project, activity, account);
    const before = row[col["Belopp (kr)"]];
    const from = text(before) === "" || !Number.isFinite(Number(before)) ? null : Number(before);
    const r = incoming.get(key);
    if (r && !seen.has(key)) {
      seen.add(key);
      const to = kronor(r.ore);
      w.stamp(row, to, r.vouchers);
      if (from === to) unchanged++;
      else updated.push({ project, activity, account, accountName: r.accountName, label: label(r, r.accountName), from, to });
    } else if (inScope.has(project)) {
      w.stamp(row, 0, 0);
      if (from !== 0)
        zeroed.push({ project, activity, account, accountName: "", label: label({ project, activity, account }), from, to: 0 });
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
    const key = keyOf(r.project, r.activity, r.account);
    if (seen.has(key)) continue;
    const row: Cell[] = new Array(width).fill("");
    w.set(row, "Aktivitet", inertText(r.activityName || r.activity));
    w.set(row, "Kostnadspost", inertText(`${r.account} ${r.accountName}`.trim()));
    w.set(row, "Projekt", inertText(r.project));
    w.set(row, "Projektnamn", inertText(r.projectName));
    w.set(row, "Aktivitetsobjekt", inertText(r.activity));
    w.set(row, "Konto", r.account);
    w.stamp(row, kronor(r.ore), r.vouchers);
    const slot = free.shift();
    if (slot !== undefined) body[slot] = row;
    else {
      body.push(row);
      appended++;
    }
    added.push({
      project: r.project,
      activity: r.activity,
      account: r.account,
      accountName: r.accountName,
      label: label(r, r.accountName),
      from: null,
      to: kronor(r.ore),
    });
  }
  return { added, appended };
}

export function mergeLedger(
  existing: { header: unknown[]; body: unknown[][] } | null,
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
  const old = (existing?.body ?? []).map((r) => Array.from({ length: width }, (_, j) => (r[j] ?? "") as Cell));
  const body: Cell[][] = old.map((r) => [...r]);
  const incoming = new Map(rows.map((r) => [keyOf(r.project, r.activity, r.account), r]));
  const w = rowWriter(col, prov);
  const { seen, updated, zeroed, unchanged } = updateRows(body, col, incoming, new Set(projects), w);
  const { added, appended } = addRows(body, width, rows, seen, w);
  const changed = appended > 0 || body.some((row, i) => row.some((v, j) => !sameCell(old[i]?.[j] ?? "", v)));
  return { header, body, appended, added, updated, zeroed, unchanged, changed };
}

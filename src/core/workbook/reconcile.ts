/**
 * What a re-run does to a table the add-in wrote before: which rows are still the add-in's (matched by the
 * plan's key columns), which the user added, which plan rows are missing and how many of the add-in's cells
 * the user changed. Pure, so both executors (Office.js and .xlsx) and the tests share it.
 */
import type { PlanCell, TablePlan } from "./plan";

export interface RowReconciliation {
  /** For each row now in the table: the plan row it holds, or -1 for a row the user added. */
  owner: number[];
  /** Plan rows not in the table, appended at its end in plan order. */
  missing: number[];
  /** Cells of the add-in's rows whose content differs from the plan; a refresh restores them. */
  changed: number;
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** Same content as Excel returns it: numbers compare as numbers, empty is empty. */
export function sameCell(planned: unknown, actual: unknown): boolean {
  return planned === actual || (blank(planned) && blank(actual));
}

/** Column indexes that identify a row: the plan's key columns, else the first column. */
export function keyIndexes(tp: TablePlan): number[] {
  const idx = (tp.keyColumns ?? [tp.columns[0].header]).map((h) => tp.columns.findIndex((c) => c.header === h));
  if (idx.some((i) => i < 0)) throw new Error(`Nyckelkolumnen finns inte i ${tp.name}`);
  return idx;
}

export function rowKey(row: readonly unknown[], keys: number[]): string {
  return JSON.stringify(keys.map((i) => (blank(row[i]) ? "" : String(row[i]))));
}

/** `existing` is the table body as Excel returns it (values, or formulas for a formula table). */
export function reconcileRows(tp: TablePlan, existing: unknown[][], planRows: PlanCell[][] = tp.rows): RowReconciliation {
  const keys = keyIndexes(tp);
  const wanted = new Map<string, number>();
  planRows.forEach((r, i) => {
    const k = rowKey(r, keys);
    if (!wanted.has(k)) wanted.set(k, i);
  });
  const owner = existing.map((row) => {
    const k = rowKey(row, keys);
    const i = wanted.get(k);
    if (i === undefined) return -1;
    wanted.delete(k); // a second row with the same key is the user's copy
    return i;
  });
  let changed = 0;
  owner.forEach((p, r) => {
    if (p >= 0) planRows[p].forEach((v, j) => (changed += sameCell(v, existing[r][j]) ? 0 : 1));
  });
  const held = new Set(owner);
  const missing = planRows.map((_, i) => i).filter((i) => !held.has(i));
  return { owner, missing, changed };
}

/** Contiguous runs of the add-in's rows, as [first row, plan rows], after `missing` rows are appended. */
export function ownedRuns(rec: RowReconciliation): { start: number; rows: number[] }[] {
  const all = [...rec.owner, ...rec.missing];
  const runs: { start: number; rows: number[] }[] = [];
  all.forEach((p, i) => {
    if (p < 0) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.rows.length === i) last.rows.push(p);
    else runs.push({ start: i, rows: [p] });
  });
  return runs;
}

/** Formulas that name a plan table point at the name the table really has in this workbook. */
export function retarget(value: PlanCell, names: ReadonlyMap<string, string>): PlanCell {
  if (typeof value !== "string" || !value.startsWith("=")) return value;
  let out = value;
  for (const [planned, actual] of names) if (planned !== actual) out = out.split(`${planned}[`).join(`${actual}[`);
  return out;
}

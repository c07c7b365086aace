/**
 * What the workbook writer reports (refusals, notes, failures, results), in the pane's language: the catalogues
 * are messages.sv.ts and messages.en.ts, the language is set by the pane (language.ts).
 */
import type { Conflict, Note } from "../core/workbook/inspection";
import { writerLanguage } from "./language";
import { en } from "./messages.en";
import { sv, type WriterMessages } from "./messages.sv";

/** The catalogue for the pane's language now. */
export function text(): WriterMessages {
  return writerLanguage() === "en" ? en : sv;
}

/** A view of one part of the catalogue that always answers in the current language. */
function live<T extends object>(part: (m: WriterMessages) => T): T {
  return new Proxy({} as T, { get: (_, key) => part(text())[key as keyof T] });
}

export const notes = live((m) => m.notes);

/** A conflict core found (core/workbook/inspection.ts), as the refusal says it. */
export function conflictText(c: Conflict): string {
  const m = text().conflicts;
  switch (c.kind) {
    case "foreignCells":
      return m.foreignCells(c.sheet, c.address, c.table);
    case "foreignTable":
      return m.foreignTable(c.sheet, c.other, c.table, c.address);
    case "missingColumns":
      return m.missingColumns(c.sheet, c.table, c.columns);
    case "columnsBetween":
      return m.columnsBetween(c.sheet, c.table, c.last);
    case "splitTable":
      return m.splitTable(c.sheet, c.table, c.rows, c.other);
  }
}

/** A note core made while deciding a run, as the report says it. */
export function noteText(n: Note): string {
  const m = text().notes;
  switch (n.kind) {
    case "adoptedSheet":
      return m.adoptedSheet(n.sheet);
    case "sheetNameTaken":
      return m.sheetNameTaken(n.wanted, n.used);
    case "recreatedSheet":
      return m.recreatedSheet(n.sheet);
    case "tableNameTaken":
      return m.tableNameTaken(n.wanted, n.used);
    case "renamedTable":
      return m.renamedTable(n.planned, n.actual);
    case "recreatedTable":
      return m.recreatedTable(n.table, n.sheet);
    case "attributionSkipped":
      return m.attributionSkipped(n.sheet, n.address);
    case "chartSkipped":
      return m.chartSkipped(n.title, n.sheet, n.address);
  }
}

/** Turns whatever Excel rejected a read with into a message a controller can act on. Nothing was written yet. */
export function excelErrorMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  switch (err?.code) {
    case "InvalidOperationInCellEditMode":
      return text().cellEditMode;
    case "AccessDenied":
    case "InsertDeleteConflict":
      return text().denied;
    default:
      return text().excelFailed(err?.code, err?.message ?? String(e));
  }
}

/** Excel stopped part-way through the write batch: what was written stays (batches do not roll back). */
export function partWayMessage(e: unknown, sheets: string[]): string {
  const err = e as { code?: string; message?: string };
  return text().partWay(`${err?.code ? `${err.code}: ` : ""}${err?.message ?? String(e)}`, sheets);
}

export function refusal(found: string[]): { message: string; notes: string[] } {
  return { message: `${text().nothingChanged(found.length - 1)} ${found[0]}`, notes: found.slice(1) };
}

/**
 * What the workbook writer reports (refusals, notes, failures, results), in the pane's language: the catalogues
 * are messages.sv.ts and messages.en.ts, the language is set by the pane (language.ts).
 */
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
export const conflicts = live((m) => m.conflicts);

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

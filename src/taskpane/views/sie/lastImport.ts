/**
 * The SIE file whose ledger the pane last wrote, for the follow-up view: the books (for #KPTYP and account
 * names), the ledger rows and the file name. Kept in the pane only, never in the workbook.
 */
import { useSyncExternalStore } from "react";
import type { LedgerRow } from "../../../core/sie/ledger";
import type { SieBooks } from "../../../core/sie/types";

export interface LastImport {
  books: SieBooks;
  rows: LedgerRow[];
  fileName: string;
}

let last: LastImport | null = null;
const listeners = new Set<() => void>();

export function setLastImport(i: LastImport): void {
  last = i;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

export function useLastImport(): LastImport | null {
  return useSyncExternalStore(subscribe, () => last);
}

/**
 * Domain errors: a code plus typed parameters. Core throws them; only src/functions maps them to
 * CustomFunctions.Error and only the task pane turns them into UI text (via ./i18n).
 */
export interface ErrorParams {
  unknownEntity: { input: string; suggestion?: string; available: string };
  unknownIndicator: { input: string; suggestion?: string };
  noValueForPeriod: { what: string; year: string; available: string };
  rangeOnly: { what: string; period: string; min: string; max: string; unit: string };
  conflict: { what: string; values: string };
  noData: { what: string; available?: string };
  argType: { arg: string; expected: string };
  argNegative: { arg: string };
  argMissing: { arg: string };
  argRange: { arg: string; min: string; max: string };
  argChoice: { arg: string; allowed: string };
  shapeMismatch: { a: string; b: string };
  divZero: { arg: string };
  ledgerColumns: { missing: string };
  ledgerEmpty: Record<string, never>;
  ledgerErrorValue: { row: string; column: string; value: string };
  receivedNegative: { amount: string };
  linkedAboveReceived: { linked: string; received: string };
  linkedNegative: { linked: string };
  /** The amounts are named for a single cell; a spill shares one error without them. */
  partAboveTotal: { part?: string; total?: string };
  resultTooLarge: Record<string, never>;
  koladaNotLoaded: { what: string };
  koladaNoValue: { what: string; detail: string };
  koladaFetch: { reason: string };
  sieNotSie: { line: number; reason: string };
  sieTruncated: { line: number; what: string };
  sieAmount: { line: number; value: string };
  sieDate: { line: number; value: string };
  sieLedger: { problem: string };
  /** Two rows of a mapping table claim the same account (or project): each named with its row and content. */
  mappingOverlap: { table: string; a: string; b: string };
  mappingDouble: { project: string; a: string; b: string };
}

export type ErrorCode = keyof ErrorParams;

/** Which Excel error each domain error becomes. */
export type ExcelErrorKind = "value" | "na" | "div0";

export const EXCEL_KIND = {
  unknownEntity: "na",
  unknownIndicator: "na",
  noValueForPeriod: "na",
  rangeOnly: "na",
  conflict: "na",
  noData: "na",
  argType: "value",
  argNegative: "value",
  argMissing: "value",
  argRange: "value",
  argChoice: "value",
  shapeMismatch: "value",
  divZero: "div0",
  ledgerColumns: "value",
  ledgerEmpty: "na",
  ledgerErrorValue: "value",
  receivedNegative: "value",
  linkedAboveReceived: "value",
  linkedNegative: "value",
  partAboveTotal: "value",
  resultTooLarge: "value",
  koladaNotLoaded: "na",
  koladaNoValue: "na",
  koladaFetch: "na",
  sieNotSie: "value",
  sieTruncated: "value",
  sieAmount: "value",
  sieDate: "value",
  sieLedger: "value",
  mappingOverlap: "value",
  mappingDouble: "value",
} as const satisfies Record<ErrorCode, ExcelErrorKind>;

export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams[C],
  ) {
    super(code);
    this.name = "DomainError";
  }
  get excelKind(): ExcelErrorKind {
    return EXCEL_KIND[this.code];
  }
}

export function fail<C extends ErrorCode>(code: C, params: ErrorParams[C]): never {
  throw new DomainError(code, params);
}

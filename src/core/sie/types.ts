/** What the SIE reader hands on: identification, chart of accounts, dimensions and aggregated postings. */
import type { DomainError } from "../util/errors";

export type SieEncoding = "cp437" | "utf-8" | "iso-8859-15";

export interface FiscalYear {
  /** 0 = current year, -1 = the one before (the #RAR index). */
  index: number;
  start: string; // ISO date
  end: string;
}

export interface SieDimension {
  dim: string;
  name: string;
  /** #UNDERDIM: the dimension this one is part of. */
  parent?: string;
  /** Objects declared with #OBJEKT. */
  objects: number;
}

/** One object reference in a #TRANS object list. Codes are strings (leading zeros, letters, å/ä/ö). */
export type ObjectRef = readonly [dim: string, code: string];

/** #TRANS amounts summed per account and object list: a fixed amount of memory however large the file. */
export interface Posting {
  account: string;
  objects: ObjectRef[];
  /** Sum in öre (integer). */
  ore: number;
  transactions: number;
  /** Vouchers with at least one #TRANS on this account and object list. */
  vouchers: number;
}

export interface UnbalancedVoucher {
  series: string;
  number: string;
  date: string;
  line: number;
  /** Sum of the voucher's #TRANS in öre (non-zero). */
  ore: number;
}

export type SieWarning =
  | { kind: "unbalanced"; count: number }
  | { kind: "checksum"; stated: string; computed: string; line: number }
  | { kind: "replacementChars"; count: number; line: number }
  | { kind: "invalidUtf8"; count: number; line: number }
  | { kind: "misdecoded"; count: number; line: number; sample: string }
  | { kind: "undeclaredObjects"; count: number; sample: string }
  | { kind: "unreadableLines"; count: number; line: number }
  | { kind: "transOutsideVoucher"; count: number; line: number }
  | { kind: "missingBrace"; count: number; line: number }
  | { kind: "duplicateVouchers"; count: number; sample: string; skipped: boolean };

/** Year-0 #PBUDGET (or #PSALDO) summed over periods for one account and object list. */
export interface PeriodAmount {
  account: string;
  /** Empty: the account as a whole. */
  objects: ObjectRef[];
  ore: number;
}

export interface SieBooks {
  encoding: SieEncoding;
  company: string | null;
  orgNumber: string | null;
  program: string | null;
  /** #GEN date, ISO. */
  generated: string | null;
  currency: string | null;
  fiscalYears: FiscalYear[];
  accounts: Map<string, string>;
  dimensions: SieDimension[];
  /** Object names by `${dim}\u0000${code}`. */
  objectNames: Map<string, string>;
  vouchers: number;
  transactions: number;
  /** #RTRANS/#BTRANS rows skipped (corrections are not replayed). */
  skippedCorrections: number;
  unbalanced: UnbalancedVoucher[];
  checksum: "ok" | "mismatch" | "absent";
  postings: Posting[];
  /**
   * Postings of one account that met in a voucher (indexes into `postings`, one group per voucher and account):
   * a ledger that sums them into one row counts that voucher once. Only such vouchers are listed.
   */
  sharedVouchers: number[][];
  /** Vouchers ("A 12", the first 1000) per posting index, for postings on accounts whose name mentions bidrag. */
  grantVouchers: Map<number, string[]>;
  /** Vouchers whose series and number repeat an earlier one ("A 1"), the first 1000. */
  duplicateVouchers: string[];
  duplicateCount: number;
  /** #TRANS of repeated vouchers left out (when reading with duplicates: "first"). */
  duplicateTransactionsSkipped: number;
  /** Year-0 #IB, #UB and #RES per account, öre. */
  balances: Map<string, { ib?: number; ub?: number; res?: number }>;
  /** Year-0 #PBUDGET per account and object list. */
  budget: PeriodAmount[];
  /** Year-0 #PSALDO per account and object list. */
  periodBalances: PeriodAmount[];
  warnings: SieWarning[];
  lines: number;
  bytes: number;
}

export type SieResult = { ok: true; books: SieBooks } | { ok: false; error: DomainError };

export const objectKey = (dim: string, code: string) => `${dim}\u0000${code}`;

/**
 * A streaming SIE 4 reader: feed it chunks of bytes (push), then end(). Lines are parsed as bytes and
 * #TRANS amounts summed per account and object list in integer öre, so memory stays flat however large the
 * file is. Same code in the task pane (a Web Worker), in custom functions and in Node: no Office or Node API.
 * Stopping problems (not SIE, truncated, unreadable amount or date) come back as a DomainError naming the
 * line; everything else is a warning. Nothing here throws to the caller.
 */
import { crc32 } from "../util/crc32";
import { DomainError } from "../util/errors";
import { CP437, decodeTable, encodeCp437, LATIN9, letterCounts, looksMisdecoded } from "./cp437";
import { PostingSums, RawIndex, VoucherSet } from "./compact";
import { CLOSE, ESCAPED, isUtf8, LineTokens, OPEN, PLAIN, unescapeBytes } from "./tokens";
import {
  objectKey,
  type FiscalYear,
  type ObjectRef,
  type Posting,
  type SieBooks,
  type SieDimension,
  type SieEncoding,
  type SieResult,
  type SieWarning,
  type UnbalancedVoucher,
} from "./types";

/** An account whose name mentions a grant (statsbidrag, bidrag): its vouchers are kept as provenance. */
export const GRANT_ACCOUNT = /bidrag/i;
/** A line longer than this is not SIE text. */
const MAX_LINE = 1 << 20;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Distinct dates whose ISO text is kept for reuse (a year has 366). */
const MAX_DATES = 4096;
/** Unbalanced vouchers listed one by one; beyond this only counted. */
const MAX_LISTED = 1000;

/** Bytes at the start of a file whose statistics decide between CP437 and Latin-1 (or UTF-8). */
const PREFIX = 1 << 16;

export interface SieReadOptions {
  /** A voucher whose series and number repeat an earlier one: "keep" sums it again (default), "first" skips it. */
  duplicates?: "keep" | "first";
}

/** Records this reader understands; a file with none of them is not SIE. */
const KNOWN = new Set([
  "#FLAGGA",
  "#SIETYP",
  "#FORMAT",
  "#TRANS",
  "#RTRANS",
  "#BTRANS",
  "#VER",
  "#KONTO",
  "#OBJEKT",
  "#DIM",
  "#UNDERDIM",
  "#FNAMN",
  "#ORGNR",
  "#PROGRAM",
  "#GEN",
  "#VALUTA",
  "#RAR",
  "#KSUMMA",
  "#IB",
  "#UB",
  "#RES",
  "#PBUDGET",
  "#PSALDO",
]);

/** "#TRANS" at buf[s, e). */
function isTrans(buf: Uint8Array, s: number, e: number): boolean {
  return (
    e - s === 6 && buf[s] === 35 && buf[s + 1] === 84 && buf[s + 2] === 82 && buf[s + 3] === 65 && buf[s + 4] === 78 && buf[s + 5] === 83
  );
}

/** "#VER" at buf[s, e). */
function isVer(buf: Uint8Array, s: number, e: number): boolean {
  return e - s === 4 && buf[s] === 35 && buf[s + 1] === 86 && buf[s + 2] === 69 && buf[s + 3] === 82;
}

/** Year-0 #PBUDGET or #PSALDO amounts summed over periods, per account and object list. */
interface BudgetAcc {
  account: string;
  objects: ObjectRef[];
  ore: number;
}

interface Counted {
  count: number;
  line: number;
  sample?: string;
}

const isAlnum = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);

export class SieReader {
  private readonly tok = new LineTokens();
  private carry: Uint8Array | null = null;
  private buf: Uint8Array = new Uint8Array(0);
  private line = 0;
  private bytes = 0;
  private error: DomainError | null = null;
  private records = 0;
  private started = false;
  private encoding: SieEncoding | null = null;
  private readonly utf8 = new TextDecoder("utf-8");
  private table: Uint16Array = CP437;
  /** The first chunks, held until the encoding is decided on their bytes. */
  private pending: Uint8Array[] | null = [];
  private pendingBytes = 0;
  /** The last chunk ended in CR: an LF opening the next one ends no further line. */
  private afterCr = false;
  private readonly duplicateMode: "keep" | "first";

  private company: string | null = null;
  private orgNumber: string | null = null;
  private program: string | null = null;
  private generated: string | null = null;
  private currency: string | null = null;
  private readonly years: FiscalYear[] = [];
  private readonly accounts = new Map<string, string>();
  private readonly dims = new Map<string, SieDimension>();
  private readonly objectNames = new Map<string, string>();
  /** Posting index by account and sorted object list (see postingKey); keys[i] is posting i's key. */
  private readonly postingIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly sums = new PostingSums();
  private byRaw = new RawIndex();
  private lastDate = new Uint8Array(8);
  private lastIso = "";
  /** ISO text per YYYYMMDD already read (at most MAX_DATES). */
  private readonly isoByDay = new Map<number, string>();
  /** lastIso as YYYYMMDD. */
  private lastDay = 0;

  private vouchers = 0;
  /** Postings the current voucher has touched, each once. */
  private readonly inVoucher: number[] = [];
  private readonly shared: number[][] = [];
  private transactions = 0;
  private skipped = 0;
  private unbalancedCount = 0;
  private readonly unbalanced: UnbalancedVoucher[] = [];
  /** The #VER whose block is expected or open. */
  private ver: { series: string; number: string; date: string; line: number } | null = null;
  private inBlock = false;
  /** The open block began without its "{" (the #TRANS after a #VER belong to it). */
  private implicitBlock = false;
  /** The current voucher repeats an earlier series and number and is skipped (duplicates: "first"). */
  private skipVoucher = false;
  /** Vouchers seen (series, number, date); series and non-integer numbers through small id maps. */
  private seen = new VoucherSet();
  private readonly seriesIds = new Map<string, number>();
  private readonly numberIds = new Map<string, number>();
  private lastSeries = "";
  private lastSeriesBytes = new Uint8Array(0);
  private lastSid = 0;
  /** Account id per account text, and per account the last voucher that touched it (finds shared accounts). */
  private readonly accountIds = new Map<string, number>();
  private accountStamp = new Int32Array(256);
  /** Posting index → its vouchers ("A 12"), for postings on accounts whose name mentions bidrag. */
  private readonly grantVouchers = new Map<number, string[]>();
  private duplicateCount = 0;
  private readonly duplicates: string[] = [];
  private duplicateTransSkipped = 0;
  /** Year-0 #IB, #UB and #RES per account, in öre. */
  private readonly balances = new Map<string, { ib?: number; ub?: number; res?: number }>();
  private readonly budget = new Map<string, BudgetAcc>();
  private readonly periodBalance = new Map<string, BudgetAcc>();
  private verSum = 0;

  private ksumma: "absent" | "open" | "ok" | "mismatch" = "absent";
  private ksummaLine = 0;
  private crc = 0;
  private checksumWarning: SieWarning | null = null;

  private readonly replacement: Counted = { count: 0, line: 0 };
  private readonly badUtf8: Counted = { count: 0, line: 0 };
  private readonly misdecoded: Counted = { count: 0, line: 0 };
  private readonly unreadable: Counted = { count: 0, line: 0 };
  private readonly stray: Counted = { count: 0, line: 0 };
  private readonly missingBrace: Counted = { count: 0, line: 0 };

  constructor(options: SieReadOptions = {}) {
    this.duplicateMode = options.duplicates ?? "keep";
  }

  /** Bytes consumed so far (for a progress bar). */
  get bytesRead(): number {
    return this.bytes;
  }

  get failed(): boolean {
    return this.error !== null;
  }

  push(chunk: Uint8Array): void {
    if (this.error) return;
    this.bytes += chunk.length;
    try {
      if (this.pending) {
        this.pending.push(chunk.slice());
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= PREFIX) this.flushPending();
      } else this.consume(chunk);
    } catch (e) {
      this.error = asDomainError(e, this.line);
    }
  }

  end(): SieResult {
    if (!this.error) {
      try {
        if (this.pending) this.flushPending();
        if (this.carry && this.carry.length) {
          const last = this.carry;
          this.carry = null;
          this.processLine(last, 0, last.length);
        }
        this.finish();
      } catch (e) {
        this.error = asDomainError(e, this.line);
      }
    }
    if (this.error) return { ok: false, error: this.error };
    return { ok: true, books: this.books() };
  }

  /** Decides the encoding on the first PREFIX bytes (up to their last line end), then reads the held chunks. */
  private flushPending() {
    const chunks = this.pending!;
    this.pending = null;
    const all = chunks.length === 1 ? chunks[0] : chunks.reduce(concat, new Uint8Array(0));
    let end = Math.min(all.length, PREFIX);
    if (end < all.length) {
      const lf = all.lastIndexOf(10, end);
      if (lf > 0) end = lf;
    }
    this.decideEncoding(all, 0, end);
    this.consume(all);
  }

  /**
   * UTF-8 when a byte order mark says so or every high byte forms valid UTF-8; otherwise CP437 or
   * ISO-8859-15 by which reading gives more Swedish letters. Undecided while there is no high byte.
   */
  private decideEncoding(buf: Uint8Array, s: number, e: number) {
    if (this.encoding !== null) return;
    let high = false;
    for (let i = s; i < e && !high; i++) high = buf[i] >= 0x80;
    if (!high) return;
    if (e - s >= 3 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) this.setEncoding("utf-8");
    else if (isUtf8(buf, s, e)) this.setEncoding("utf-8");
    else {
      const n = letterCounts(buf, s, e);
      this.setEncoding(n.latin > n.cp437 ? "iso-8859-15" : "cp437");
    }
  }

  private setEncoding(e: SieEncoding) {
    this.encoding = e;
    this.table = e === "iso-8859-15" ? LATIN9 : CP437;
  }

  /** Splits a chunk into lines ending in LF, CR or CRLF; a line cut by the chunk's end waits in `carry`. */
  private consume(chunk: Uint8Array) {
    let start = 0;
    if (this.afterCr && chunk.length) {
      this.afterCr = false;
      if (chunk[0] === 10) start = 1;
    }
    const n = chunk.length;
    const t = this.tok;
    while (start < n) {
      let brk: number;
      if (this.carry || this.line === 0) {
        // The line the last chunk cut, or the first line (which may open with a byte order mark): find its end,
        // then read it whole.
        brk = start;
        while (brk < n && chunk[brk] !== 10 && chunk[brk] !== 13) brk++;
        if (brk === n) break;
        if (this.carry) {
          const whole = concat(this.carry, chunk.subarray(start, brk));
          this.carry = null;
          this.processLine(whole, 0, whole.length);
        } else this.processLine(chunk, start, brk);
      } else {
        // Fields and line end in one pass; a line without its end waits in carry and is read again whole.
        brk = t.split(chunk, start, n);
        if (brk === n) break;
        this.line++;
        this.lineRead(chunk, start, brk);
      }
      start = brk + 1;
      if (chunk[brk] === 13) {
        if (start === n) this.afterCr = true;
        else if (chunk[start] === 10) start++;
      }
    }
    if (this.carry) {
      this.carry = concat(this.carry, chunk.subarray(start));
      if (this.carry.length > MAX_LINE) this.stop("sieNotSie", { line: this.line + 1, reason: "en rad är längre än 1 MB" });
    } else if (start < chunk.length) {
      this.carry = chunk.slice(start);
      if (this.carry.length > MAX_LINE) this.stop("sieNotSie", { line: this.line + 1, reason: "en rad är längre än 1 MB" });
    }
  }

  private stop<C extends "sieNotSie" | "sieTruncated" | "sieAmount" | "sieDate">(code: C, params: DomainError<C>["params"]): never {
    throw new DomainError(code, params);
  }

  private processLine(buf: Uint8Array, s: number, e: number) {
    this.line++;
    if (this.line === 1 && e - s >= 3 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) {
      s += 3; // a UTF-8 byte order mark: the file says it is UTF-8
      this.setEncoding("utf-8");
    }
    this.tok.split(buf, s, e);
    this.lineRead(buf, s, e);
  }

  /** Line this.line, buf[s, e), split into this.tok. */
  private lineRead(buf: Uint8Array, s: number, e: number) {
    const t = this.tok;
    if (t.count === 0) return;
    this.buf = buf;
    if (t.control) {
      if (!this.started) this.stop("sieNotSie", { line: this.line, reason: "filen innehåller binära data, inte text" });
      this.note(this.unreadable);
      return;
    }
    if (t.high) this.checkEncoding(buf, s, e);
    if (this.ksumma === "open") this.checksumLine();
    const k0 = t.kind[0];
    if (k0 === OPEN || k0 === CLOSE) {
      if (!this.started) this.stop("sieNotSie", { line: this.line, reason: "första raden är ingen #-post" });
      if (t.count === 1 && k0 === OPEN) this.openBlock();
      else if (t.count === 1 && k0 === CLOSE) this.closeBlock();
      else this.note(this.unreadable);
      return;
    }
    if (k0 !== PLAIN || buf[t.start[0]] !== 35) {
      if (!this.started) this.stop("sieNotSie", { line: this.line, reason: "första raden är ingen #-post" });
      this.note(this.unreadable);
      return;
    }
    if (this.started && isTrans(buf, t.start[0], t.end[0])) {
      this.records++;
      this.trans();
      return;
    }
    if (isVer(buf, t.start[0], t.end[0])) {
      // The other record of every voucher: as record("#VER") does, without building the label.
      this.started = true;
      this.records++;
      this.verHead();
      return;
    }
    const label = this.ascii(0);
    if (!/^#[A-Z][A-Z0-9]*$/.test(label)) {
      if (!this.started) this.stop("sieNotSie", { line: this.line, reason: `"${label.slice(0, 20)}" är ingen SIE-post` });
      this.note(this.unreadable);
      return;
    }
    this.started = true;
    this.record(label);
  }

  private record(label: string) {
    if (KNOWN.has(label)) this.records++;
    switch (label) {
      case "#TRANS":
        return this.trans();
      case "#RTRANS":
      case "#BTRANS":
        if (this.inBlock) this.skipped++;
        return;
      case "#VER":
        return this.verHead();
      case "#KONTO":
        if (this.tok.count >= 2) this.accounts.set(this.str(1), this.str(2));
        return;
      case "#OBJEKT":
        return this.objekt();
      case "#DIM":
      case "#UNDERDIM":
        return this.dim(label === "#UNDERDIM");
      case "#FNAMN":
        this.company = this.str(1) || null;
        return;
      case "#ORGNR":
        this.orgNumber = this.str(1) || null;
        return;
      case "#PROGRAM":
        this.program = [this.str(1), this.str(2)].filter(Boolean).join(" ") || null;
        return;
      case "#GEN":
        this.generated = this.date(1, true);
        return;
      case "#VALUTA":
        this.currency = this.str(1) || null;
        return;
      case "#RAR":
        return this.rar();
      case "#KSUMMA":
        return this.ksummaRecord();
      case "#IB":
      case "#UB":
      case "#RES":
        return this.balance(label);
      case "#PBUDGET":
        return this.periodAmount(this.budget);
      case "#PSALDO":
        return this.periodAmount(this.periodBalance);
      default:
        return; // unknown or unused records (#ADRESS, #SRU, #OIB …) are ignored
    }
  }

  // ---- fields ------------------------------------------------------------------------------------

  /** A label or other ASCII field as a string. */
  private ascii(i: number): string {
    const b = this.buf;
    let out = "";
    for (let k = this.tok.start[i]; k < this.tok.end[i]; k++) out += String.fromCharCode(CP437[b[k]]);
    return out;
  }

  private fieldBytes(i: number): Uint8Array {
    const t = this.tok;
    return t.kind[i] === ESCAPED ? unescapeBytes(this.buf, t.start[i], t.end[i]) : this.buf.subarray(t.start[i], t.end[i]);
  }

  /** Field i as text ("" when absent or an object-list brace). */
  private str(i: number): string {
    const t = this.tok;
    if (i >= t.count || t.kind[i] === OPEN || t.kind[i] === CLOSE) return "";
    if (t.kind[i] === ESCAPED) {
      const bytes = this.fieldBytes(i);
      return this.encoding === "utf-8" ? this.utf8.decode(bytes) : decodeTable(this.table, bytes);
    }
    const b = this.buf;
    const e = t.end[i];
    if (this.encoding === "utf-8") for (let k = t.start[i]; k < e; k++) if (b[k] >= 128) return this.utf8.decode(b.subarray(t.start[i], e));
    return decodeTable(this.table, b, t.start[i], e);
  }

  private present(i: number): boolean {
    const t = this.tok;
    return i < t.count && t.kind[i] !== OPEN && t.kind[i] !== CLOSE && t.end[i] > t.start[i];
  }

  /** A YYYYMMDD field as an ISO date; stops the import when it cannot be read. Optional fields may be empty. */
  private date(i: number, required: boolean): string | null {
    if (!this.present(i)) {
      if (required) this.stop("sieDate", { line: this.line, value: this.str(i) });
      return null;
    }
    const b = this.buf;
    const s = this.tok.start[i];
    if (this.tok.end[i] - s === 8 && sameBytes(this.lastDate, b, s, s + 8)) return this.lastIso;
    // YYYYMMDD as one number, digit by digit (no closures, arrays or strings on this per-voucher path).
    let ok = this.tok.end[i] - s === 8 && this.tok.kind[i] !== ESCAPED;
    let day = 0;
    for (let k = 0; ok && k < 8; k++) {
      const c = b[s + k];
      ok = c >= 48 && c <= 57;
      day = day * 10 + c - 48;
    }
    const y = Math.floor(day / 10000);
    const m = Math.floor(day / 100) % 100;
    const d = day % 100;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (!ok || m < 1 || m > 12 || d < 1 || d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]))
      this.stop("sieDate", { line: this.line, value: this.str(i) });
    for (let k = 0; k < 8; k++) this.lastDate[k] = b[s + k];
    // A file has a few hundred distinct dates: each ISO text is built once.
    let iso = this.isoByDay.get(day);
    if (iso === undefined) {
      const text = this.ascii(i);
      iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
      if (this.isoByDay.size < MAX_DATES) this.isoByDay.set(day, iso);
    }
    this.lastIso = iso;
    this.lastDay = day;
    return iso;
  }

  /** An amount field in integer öre: digits, optional sign, "." and at most two (non-zero) decimals. */
  private ore(i: number): number {
    const t = this.tok;
    const b = this.buf;
    if (i >= t.count || t.kind[i] === OPEN || t.kind[i] === CLOSE) this.stop("sieAmount", { line: this.line, value: "" });
    let k = t.start[i];
    const e = t.end[i];
    let neg = false;
    if (b[k] === 45) ((neg = true), k++);
    else if (b[k] === 43) k++;
    let int = 0;
    let digits = 0;
    while (k < e && b[k] >= 48 && b[k] <= 57) {
      int = int * 10 + (b[k] - 48);
      digits++;
      k++;
    }
    let frac = 0;
    let fd = 0;
    if (k < e && b[k] === 46) {
      k++;
      while (k < e && b[k] >= 48 && b[k] <= 57) {
        if (fd < 2) frac = frac * 10 + (b[k] - 48);
        else if (b[k] !== 48) break;
        fd++;
        k++;
      }
    }
    if (k !== e || digits + fd === 0 || digits > 13) this.stop("sieAmount", { line: this.line, value: this.str(i) });
    const v = int * 100 + (fd === 1 ? frac * 10 : frac);
    return neg && v !== 0 ? -v : v;
  }

  // ---- records -----------------------------------------------------------------------------------

  private rar() {
    const index = Number(this.str(1));
    const start = this.date(2, true)!;
    const end = this.date(3, true)!;
    if (Number.isInteger(index) && !this.years.some((y) => y.index === index)) this.years.push({ index, start, end });
  }

  private dim(under: boolean) {
    const dim = this.str(1);
    if (!dim) return;
    const d = this.dims.get(dim) ?? { dim, name: "", objects: 0 };
    d.name = this.str(2);
    if (under && this.str(3)) d.parent = this.str(3);
    this.dims.set(dim, d);
  }

  private objekt() {
    const dim = this.str(1);
    const code = this.str(2);
    if (!dim || this.tok.count < 3) return;
    const key = objectKey(dim, code);
    if (!this.objectNames.has(key)) {
      const d = this.dims.get(dim) ?? { dim, name: "", objects: 0 };
      d.objects++;
      this.dims.set(dim, d);
    }
    this.objectNames.set(key, this.str(3));
  }

  private verHead() {
    if (this.inBlock) this.closeBlock(); // a #VER inside an open block: the block was never closed
    const date = this.date(3, true)!;
    const day = this.lastDay;
    const t = this.tok;
    const b = this.buf;
    // Most vouchers repeat the series before: compare its bytes before decoding.
    let series: string;
    if (t.count > 1 && t.kind[1] !== ESCAPED && sameBytes(this.lastSeriesBytes, b, t.start[1], t.end[1])) series = this.lastSeries;
    else {
      series = this.str(1);
      this.lastSeries = series;
      this.lastSeriesBytes = t.count > 1 ? b.slice(t.start[1], t.end[1]) : new Uint8Array(0);
      let sid = this.seriesIds.get(series);
      if (sid === undefined) this.seriesIds.set(series, (sid = this.seriesIds.size));
      this.lastSid = sid;
    }
    const number = this.str(2);
    this.ver = { series, number, date, line: this.line };
    if (this.present(5)) this.date(5, false);
    this.endVoucher();
    this.vouchers++;
    this.skipVoucher = false;
    if (number) {
      // The same series, number and date: a voucher exported twice. (Some programs number a series of their own
      // per run, "# 1" each month, so the number alone does not identify a voucher.)
      let n = number.length <= 15 && isDigits(number) ? Number(number) : this.numberIds.get(number);
      if (n === undefined) this.numberIds.set(number, (n = -1 - this.numberIds.size));
      if (!this.seen.add(this.lastSid, n, day)) {
        if (this.duplicateCount++ < MAX_LISTED) this.duplicates.push(`${series} ${number}`.trim());
        this.skipVoucher = this.duplicateMode === "first";
      }
    }
  }

  /** Records the voucher's postings that share an account (a split over cost centres, say). */
  private endVoucher() {
    const touched = this.inVoucher;
    if (touched.length > 1) {
      const account = this.sums.account;
      const stamp = this.accountStamp;
      const mark = this.vouchers;
      let shared = false;
      for (let i = 0; i < touched.length && !shared; i++) {
        const a = account[touched[i]];
        if (stamp[a] === mark) shared = true;
        else stamp[a] = mark;
      }
      if (shared) {
        const byAccount = new Map<number, number[]>();
        for (const p of touched) {
          const g = byAccount.get(account[p]);
          if (g) g.push(p);
          else byAccount.set(account[p], [p]);
        }
        for (const g of byAccount.values()) if (g.length > 1) this.shared.push(g);
      }
    }
    touched.length = 0;
  }

  private openBlock() {
    if (!this.ver || this.inBlock) {
      this.note(this.unreadable);
      return;
    }
    this.inBlock = true;
    this.verSum = 0;
  }

  private closeBlock() {
    if (!this.inBlock || !this.ver) {
      this.note(this.unreadable);
      return;
    }
    if (this.verSum !== 0) {
      this.unbalancedCount++;
      if (this.unbalanced.length < MAX_LISTED) this.unbalanced.push({ ...this.ver, ore: this.verSum });
    }
    this.inBlock = false;
    this.implicitBlock = false;
    this.ver = null;
  }

  private trans() {
    if (!this.inBlock) {
      if (!this.ver) {
        this.note(this.stray);
        return;
      }
      // A #VER whose "{" is missing: its #TRANS up to "}" (or the next #VER) belong to it.
      const line = this.line;
      this.line = this.ver.line;
      this.note(this.missingBrace);
      this.line = line;
      this.inBlock = this.implicitBlock = true;
      this.verSum = 0;
    }
    if (this.skipVoucher) {
      this.duplicateTransSkipped++;
      return;
    }
    const t = this.tok;
    const b = this.buf;
    // The account and object list as written: [start of account, end of "}" or of the account).
    let amountAt = 2;
    let spanEnd = t.end[1];
    if (t.count > 2 && t.kind[2] === OPEN) {
      let j = 3;
      while (j < t.count && t.kind[j] !== CLOSE) j++;
      spanEnd = t.end[Math.min(j, t.count - 1)];
      amountAt = j + 1;
    }
    const spanStart = t.count > 1 ? t.start[1] : t.end[0];
    let h = 0x811c9dc5;
    for (let k = spanStart; k < spanEnd; k++) h = Math.imul(h ^ b[k], 0x01000193);
    let p = this.byRaw.find(b, spanStart, spanEnd, h);
    if (p < 0) p = this.newPosting(b, spanStart, spanEnd, h);
    const ore = this.ore(amountAt);
    const d = amountAt + 1;
    // Most rows repeat the voucher's date: compare bytes before parsing.
    if (d < t.count && !(t.end[d] - t.start[d] === 8 && sameBytes(this.lastDate, b, t.start[d], t.end[d])) && this.present(d))
      this.date(d, false);
    this.transactions++;
    this.verSum += ore;
    const sums = this.sums;
    sums.ore[p] += ore;
    sums.transactions[p]++;
    if (sums.lastVoucher[p] !== this.vouchers) {
      sums.lastVoucher[p] = this.vouchers;
      sums.vouchers[p]++;
      this.inVoucher.push(p);
      const ids = this.grantVouchers.size ? this.grantVouchers.get(p) : undefined;
      if (ids && ids.length < MAX_LISTED && this.ver) ids.push(`${this.ver.series} ${this.ver.number}`.trim());
    }
  }

  /** Decodes a first-seen account and object list; spellings of the same list share one posting. */
  private newPosting(b: Uint8Array, spanStart: number, spanEnd: number, h: number): number {
    const account = this.str(1);
    const { objects } = this.objectList(1);
    const key = postingKey(account, objects);
    let p = this.postingIndex.get(key);
    if (p === undefined) {
      let a = this.accountIds.get(account);
      if (a === undefined) {
        this.accountIds.set(account, (a = this.accountIds.size));
        if (a === this.accountStamp.length) {
          const grown = new Int32Array(a * 2);
          grown.set(this.accountStamp);
          this.accountStamp = grown;
        }
      }
      p = this.sums.add();
      this.sums.account[p] = a;
      this.postingIndex.set(key, p);
      this.keys.push(key);
      // Grant income: the vouchers of accounts named as grants (#KONTO before the vouchers, as SIE orders them).
      if (GRANT_ACCOUNT.test(this.accounts.get(account) ?? "")) this.grantVouchers.set(p, []);
    }
    this.byRaw.add(b, spanStart, spanEnd, h, p);
    return p;
  }

  /** `#IB 0 account amount`, `#UB 0 …`, `#RES 0 …`: the year's balances as the accounting system wrote them. */
  private balance(label: string) {
    if (this.str(1) !== "0" || !this.present(2)) return;
    const ore = this.amountOrNote(3);
    if (ore === null) return;
    const account = this.str(2);
    const b = this.balances.get(account) ?? {};
    const k = label === "#IB" ? "ib" : label === "#UB" ? "ub" : "res";
    b[k] = (b[k] ?? 0) + ore;
    this.balances.set(account, b);
  }

  /** `#PBUDGET 0 period account {dim object …} amount`: year 0 summed over periods per account and object list. */
  private periodAmount(into: Map<string, BudgetAcc>) {
    if (this.str(1) !== "0" || !this.present(3)) return;
    const { objects, amountAt } = this.objectList(3);
    const ore = this.amountOrNote(amountAt);
    if (ore === null) return;
    const account = this.str(3);
    const key = postingKey(account, objects);
    const acc = into.get(key);
    if (acc) acc.ore += ore;
    else into.set(key, { account, objects, ore });
  }

  /** An amount that, when unreadable, skips its line with a warning instead of stopping the import. */
  private amountOrNote(i: number): number | null {
    try {
      return this.ore(i);
    } catch {
      this.note(this.unreadable);
      return null;
    }
  }

  /** The object list after field `at` (an account), sorted by dimension, and where the amount follows it. */
  private objectList(at: number): { objects: ObjectRef[]; amountAt: number } {
    const t = this.tok;
    let objects: ObjectRef[] = [];
    if (t.count <= at + 1 || t.kind[at + 1] !== OPEN) return { objects, amountAt: at + 1 };
    let i = at + 2;
    while (i < t.count && t.kind[i] !== CLOSE) {
      if (i + 1 < t.count && t.kind[i + 1] !== CLOSE) {
        objects.push([this.str(i), this.str(i + 1)]);
        i += 2;
      } else i++; // an odd item: a dimension without object
    }
    if (objects.length > 1) objects = objects.sort((x, y) => compareDim(x[0], y[0]) || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    return { objects, amountAt: i + 1 };
  }

  // ---- checks ------------------------------------------------------------------------------------

  private ksummaRecord() {
    if (this.tok.count < 2) {
      if (this.ksumma === "absent") {
        this.ksumma = "open";
        this.ksummaLine = this.line;
        this.crc = 0;
      }
      return;
    }
    if (this.ksumma !== "open") return; // a closing #KSUMMA without the opening one: nothing to verify
    const stated = this.str(1);
    const computed = String(this.crc >>> 0);
    this.ksumma = stated === computed ? "ok" : "mismatch";
    if (this.ksumma === "mismatch") this.checksumWarning = { kind: "checksum", stated, computed, line: this.line };
  }

  /** CRC-32 over the CP437 bytes of each label and field value (no separators, quotes or braces). */
  private checksumLine() {
    const t = this.tok;
    if (t.kind[0] === PLAIN && this.ascii(0) === "#KSUMMA" && t.count >= 2) return; // the closing line
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] === OPEN || t.kind[i] === CLOSE) continue;
      const bytes = this.encoding !== "cp437" && t.high ? encodeCp437(this.str(i)) : this.fieldBytes(i);
      this.crc = crc32(bytes, this.crc);
    }
  }

  private checkEncoding(buf: Uint8Array, s: number, e: number) {
    if (this.encoding === null) this.decideEncoding(buf, s, e);
    if (this.encoding === "utf-8") {
      if (!isUtf8(buf, s, e)) this.note(this.badUtf8);
      for (let i = s; i + 2 < e; i++) {
        if (buf[i] === 0xef && buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) {
          this.note(this.replacement);
          break;
        }
      }
      return;
    }
    if (this.encoding !== "cp437" || !this.tok.odd) return;
    for (let i = s; i < e; i++) {
      const b = buf[i];
      if (b < 0x80 || !looksMisdecoded(b)) continue;
      const before = i > s ? CP437[buf[i - 1]] : 0;
      const after = i + 1 < e ? CP437[buf[i + 1]] : 0;
      if (isAlnum(before) || isAlnum(after)) {
        this.note(this.misdecoded, () => decodeTable(CP437, buf, Math.max(s, i - 12), Math.min(e, i + 12)).trim());
        return;
      }
    }
  }

  private note(c: Counted, sample?: () => string) {
    if (c.count++ === 0) {
      c.line = this.line;
      if (sample) c.sample = sample();
    }
  }

  private finish() {
    if (this.ksumma === "open") this.stop("sieTruncated", { line: this.ksummaLine, what: "#KSUMMA (kontrollsumman)" });
    if (this.inBlock && this.implicitBlock) this.closeBlock(); // its missing "{" is already a warning
    if (this.inBlock && this.ver)
      this.stop("sieTruncated", { line: this.ver.line, what: `verifikationen #VER ${this.ver.series} ${this.ver.number}`.trim() });
    if (this.records === 0)
      this.stop("sieNotSie", {
        line: Math.max(1, this.line),
        reason: this.line === 0 || !this.started ? "filen är tom" : "filen har inga SIE-poster (#FLAGGA, #SIETYP, #VER …)",
      });
  }

  private books(): SieBooks {
    this.endVoucher();
    const warnings: SieWarning[] = [];
    if (this.unbalancedCount) warnings.push({ kind: "unbalanced", count: this.unbalancedCount });
    if (this.checksumWarning) warnings.push(this.checksumWarning);
    const counted = (kind: "replacementChars" | "invalidUtf8" | "unreadableLines" | "transOutsideVoucher" | "missingBrace", c: Counted) => {
      if (c.count) warnings.push({ kind, count: c.count, line: c.line });
    };
    counted("replacementChars", this.replacement);
    counted("invalidUtf8", this.badUtf8);
    if (this.misdecoded.count)
      warnings.push({ kind: "misdecoded", count: this.misdecoded.count, line: this.misdecoded.line, sample: this.misdecoded.sample ?? "" });
    const missing = new Set<string>();
    // The lookup tables are done with: let them go before the postings are built.
    this.byRaw = new RawIndex();
    this.seen = new VoucherSet();
    this.postingIndex.clear();
    const sums = this.sums;
    const names = new Map<string, string>();
    const intern = (x: string) => {
      const y = names.get(x);
      if (y !== undefined) return y;
      names.set(x, x);
      return x;
    };
    const noObjects: ObjectRef[] = [];
    const postings: Posting[] = this.keys.map((key, i) => {
      const parts = key.split("\u0001");
      const objects: ObjectRef[] = parts.length > 1 ? [] : noObjects;
      for (let k = 1; k + 1 < parts.length; k += 2) objects.push([intern(parts[k]), parts[k + 1]]);
      return { account: intern(parts[0]), objects, ore: sums.ore[i], transactions: sums.transactions[i], vouchers: sums.vouchers[i] };
    });
    this.keys.length = 0;
    for (const p of postings) for (const [d, c] of p.objects) if (!this.objectNames.has(objectKey(d, c))) missing.add(`${d}:${c}`);
    if (missing.size) warnings.push({ kind: "undeclaredObjects", count: missing.size, sample: [...missing].slice(0, 5).join(", ") });
    counted("unreadableLines", this.unreadable);
    counted("transOutsideVoucher", this.stray);
    counted("missingBrace", this.missingBrace);
    if (this.duplicateCount)
      warnings.push({
        kind: "duplicateVouchers",
        count: this.duplicateCount,
        sample: this.duplicates.slice(0, 5).join(", "),
        skipped: this.duplicateMode === "first",
      });
    return {
      encoding: this.encoding ?? "cp437",
      company: this.company,
      orgNumber: this.orgNumber,
      program: this.program,
      generated: this.generated,
      currency: this.currency,
      fiscalYears: [...this.years].sort((a, b) => b.index - a.index),
      accounts: this.accounts,
      dimensions: [...this.dims.values()].sort((a, b) => compareDim(a.dim, b.dim)),
      objectNames: this.objectNames,
      vouchers: this.vouchers,
      transactions: this.transactions,
      skippedCorrections: this.skipped,
      unbalanced: this.unbalanced,
      checksum: this.ksumma === "absent" ? "absent" : this.ksumma === "ok" ? "ok" : "mismatch",
      postings,
      sharedVouchers: this.shared,
      grantVouchers: this.grantVouchers,
      duplicateVouchers: this.duplicates,
      duplicateCount: this.duplicateCount,
      duplicateTransactionsSkipped: this.duplicateTransSkipped,
      balances: this.balances,
      budget: [...this.budget.values()],
      periodBalances: [...this.periodBalance.values()],
      warnings,
      lines: this.line,
      bytes: this.bytes,
    };
  }
}

/** Dimension numbers compare numerically ("6" < "20"), anything else as text. */
export function compareDim(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** One key per account and sorted object list. */
function postingKey(account: string, objects: ObjectRef[]): string {
  if (objects.length === 0) return account;
  const parts = [account];
  for (const [d, c] of objects) parts.push(d, c);
  return parts.join("\u0001"); // one flat string, not a chain of concatenations
}

function sameBytes(a: Uint8Array, b: Uint8Array, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[s + k]) return false;
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function asDomainError(e: unknown, line: number): DomainError {
  if (e instanceof DomainError) return e;
  return new DomainError("sieNotSie", {
    line: Math.max(1, line),
    reason: `raden kunde inte tolkas (${e instanceof Error ? e.message : String(e)})`,
  });
}

/** Reads a whole file given as one or more chunks. */
export function readSie(chunks: Iterable<Uint8Array> | Uint8Array, options: SieReadOptions = {}): SieResult {
  const r = new SieReader(options);
  if (chunks instanceof Uint8Array) r.push(chunks);
  else for (const c of chunks) r.push(c);
  return r.end();
}

/**
 * The reader's per-combination and per-voucher state in typed arrays instead of one object (and one copied
 * byte array) each: an export with hundreds of thousands of account × object combinations or vouchers then
 * costs tens of bytes per entry, not a kilobyte (see bench/sie.js, peak memory per million combinations).
 */

const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, need: number): T => {
  if (need <= a.length) return a;
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
};

/** Sums per posting (an account and object list): öre, #TRANS rows, vouchers, and the last voucher seen. */
export class PostingSums {
  count = 0;
  ore = new Float64Array(1024);
  transactions = new Int32Array(1024);
  vouchers = new Int32Array(1024);
  lastVoucher = new Int32Array(1024);
  /** Account id (the reader's own numbering of account texts). */
  account = new Int32Array(1024);

  add(): number {
    const i = this.count++;
    if (i === this.ore.length) {
      this.ore = grow(this.ore, i + 1);
      this.transactions = grow(this.transactions, i + 1);
      this.vouchers = grow(this.vouchers, i + 1);
      this.lastVoucher = grow(this.lastVoucher, i + 1);
      this.account = grow(this.account, i + 1);
    }
    return i;
  }
}

/**
 * Raw spellings of an account and object list (bytes as written) → posting index, in one byte arena and an
 * open-addressing hash table, so a repeated row is found without decoding or allocating.
 */
export class RawIndex {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private start = new Int32Array(1024);
  private len = new Int32Array(1024);
  private posting = new Int32Array(1024);
  private hash = new Int32Array(1024);
  private n = 0;
  /** entry + 1, 0 = empty. */
  private slots = new Int32Array(2048);

  /** The posting of buf[s, e) with hash h, or -1. */
  find(buf: Uint8Array, s: number, e: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = e - s;
    const arena = this.arena;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i];
      if (slot === 0) return -1;
      const k = slot - 1;
      if (this.hash[k] !== h || this.len[k] !== len) continue;
      const o = this.start[k];
      let same = true;
      for (let j = 0; j < len; j++)
        if (arena[o + j] !== buf[s + j]) {
          same = false;
          break;
        }
      if (same) return this.posting[k];
    }
  }

  add(buf: Uint8Array, s: number, e: number, h: number, posting: number): void {
    const k = this.n++;
    if (k === this.start.length) {
      this.start = grow(this.start, k + 1);
      this.len = grow(this.len, k + 1);
      this.posting = grow(this.posting, k + 1);
      this.hash = grow(this.hash, k + 1);
    }
    this.arena = grow(this.arena, this.used + (e - s));
    this.arena.set(buf.subarray(s, e), this.used);
    this.start[k] = this.used;
    this.len[k] = e - s;
    this.posting[k] = posting;
    this.hash[k] = h;
    this.used += e - s;
    if (this.n * 2 > this.slots.length) this.rehash();
    else this.place(k);
  }

  private place(k: number) {
    const mask = this.slots.length - 1;
    let i = this.hash[k] & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = k + 1;
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.n; k++) this.place(k);
  }
}

/**
 * Voucher identities (series index, number, date) seen so far, for finding a voucher exported twice: three
 * numbers per voucher in typed arrays and an open-addressing table.
 */
export class VoucherSet {
  private series = new Int32Array(1024);
  private number = new Float64Array(1024);
  private day = new Int32Array(1024);
  private n = 0;
  private slots = new Int32Array(2048);

  private static hashOf(series: number, number: number, day: number): number {
    let h = Math.imul(series ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ (number % 0x7fffffff), 0xc2b2ae35);
    h = Math.imul(h ^ Math.floor(number / 0x7fffffff), 0x27d4eb2f);
    return Math.imul(h ^ day, 0x165667b1) ^ (h >>> 15);
  }

  /** Adds the voucher; false when it was there already. */
  add(series: number, number: number, day: number): boolean {
    const mask = this.slots.length - 1;
    let i = VoucherSet.hashOf(series, number, day) & mask;
    for (;;) {
      const slot = this.slots[i];
      if (slot === 0) break;
      const k = slot - 1;
      if (this.series[k] === series && this.number[k] === number && this.day[k] === day) return false;
      i = (i + 1) & mask;
    }
    const k = this.n++;
    if (k === this.series.length) {
      this.series = grow(this.series, k + 1);
      this.number = grow(this.number, k + 1);
      this.day = grow(this.day, k + 1);
    }
    this.series[k] = series;
    this.number[k] = number;
    this.day[k] = day;
    if (this.n * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let j = 0; j < this.n; j++) this.place(j);
    } else this.slots[i] = k + 1;
    return true;
  }

  private place(k: number) {
    const mask = this.slots.length - 1;
    let i = VoucherSet.hashOf(this.series[k], this.number[k], this.day[k]) & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = k + 1;
  }
}

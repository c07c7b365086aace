/**
 * Exact decimal arithmetic for the figures the reports state and for amounts in a ledger. A double such as
 * 8.9 stands for the decimal its shortest text shows ("8.9"). Sums, differences and shifts by a power of ten
 * (percent → fraction, mdkr → mnkr) are computed on those decimals as scaled integers and rounded to a double
 * once, so 8,9 % gives 0.089, 136 − 121,7 gives 14.3 and 100 000 × 0,1 sums to 10000. Quotients (52,3 / 136)
 * are not decimal operations: divide them as usual.
 */

/** Largest magnitude accepted for an amount or cost: Excel keeps 15 significant digits, and 10^15 is absurd in any unit. */
export const MAX_AMOUNT = 1e15;

/** 10^0 … 10^22: every one an exact double, so m / 10^d is correctly rounded. */
const POW10: number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const TEN = BigInt(10);

interface Small {
  m: number;
  d: number;
}

/** The shortest decimal m × 10^−d (m a safe integer, d ≤ 15) that rounds to v; null when there is none. */
function small(v: number): Small | null {
  if (Number.isSafeInteger(v)) return { m: v, d: 0 };
  for (let d = 1; d <= 15; d++) {
    const p = POW10[d];
    const m = Math.round(v * p);
    if (!Number.isSafeInteger(m)) return null;
    if (m / p === v) return { m, d };
  }
  return null;
}

/** Any finite double as m × 10^−d with a BigInt mantissa, from its shortest round-trip text. */
function big(v: number): { m: bigint; d: number } {
  const [coef, exp = "0"] = String(v).split("e");
  const [int, frac = ""] = coef.split(".");
  const d = frac.length - Number(exp);
  const m = BigInt(int + frac);
  return d >= 0 ? { m, d } : { m: m * TEN ** BigInt(-d), d: 0 };
}

function assertFinite(v: number): void {
  if (!Number.isFinite(v)) throw new RangeError(`Inte ett ändligt tal: ${v}`);
}

/** How many decimals the shortest text of v has: 8.9 → 1, 0.089 → 3, 1e21 → 0, 5e-324 → 324. */
export function decimals(v: number): number {
  assertFinite(v);
  return (small(v) ?? big(v)).d;
}

/** A running exact sum. Stays in plain integers while they are safe and falls back to BigInt beyond. */
export class DecimalSum {
  private d = 0;
  private n = 0;
  private b: bigint | null = null;

  add(v: number): this {
    assertFinite(v);
    if (this.b === null) {
      // small(v), inline: a ledger adds a million amounts, and this path allocates nothing.
      let m = v;
      let e = 0;
      if (!Number.isSafeInteger(v)) {
        e = -1;
        for (let k = 1; k <= 15; k++) {
          const p = POW10[k];
          const x = Math.round(v * p);
          if (!Number.isSafeInteger(x)) break;
          if (x / p === v) {
            m = x;
            e = k;
            break;
          }
        }
      }
      if (e >= 0) {
        const d = Math.max(this.d, e);
        const acc = this.n * POW10[d - this.d];
        const add = m * POW10[d - e];
        const next = acc + add;
        if (Number.isSafeInteger(acc) && Number.isSafeInteger(add) && Number.isSafeInteger(next)) {
          this.n = next;
          this.d = d;
          return this;
        }
      }
      this.b = BigInt(this.n);
    }
    const x = big(v);
    const d = Math.max(this.d, x.d);
    this.b = this.b * TEN ** BigInt(d - this.d) + x.m * TEN ** BigInt(d - x.d);
    this.d = d;
    return this;
  }

  /** Adds another running sum exactly (as if its values had been added one by one). */
  addSum(o: DecimalSum): this {
    const d = Math.max(this.d, o.d);
    if (this.b === null && o.b === null) {
      const acc = this.n * POW10[d - this.d];
      const add = o.n * POW10[d - o.d];
      const next = acc + add;
      if (Number.isSafeInteger(acc) && Number.isSafeInteger(add) && Number.isSafeInteger(next)) {
        this.n = next;
        this.d = d;
        return this;
      }
    }
    const a = this.b ?? BigInt(this.n);
    const b = o.b ?? BigInt(o.n);
    this.b = a * TEN ** BigInt(d - this.d) + b * TEN ** BigInt(d - o.d);
    this.d = d;
    return this;
  }

  /** The sum, correctly rounded to a double (±Infinity only if it exceeds the double range). */
  value(): number {
    if (this.b === null) return this.n / POW10[this.d];
    return Number(`${this.b}e-${this.d}`);
  }
}

/** The exact decimal sum of the values, rounded once. */
export function sum(values: Iterable<number>): number {
  const s = new DecimalSum();
  for (const v of values) s.add(v);
  return s.value();
}

export function add(a: number, b: number): number {
  return new DecimalSum().add(a).add(b).value();
}

export function subtract(a: number, b: number): number {
  return new DecimalSum().add(a).add(-b).value();
}

/** v × 10^k computed on the decimal: shift(8.9, −2) = 0.089, shift(3.7, 3) = 3700. */
export function shift(v: number, k: number): number {
  assertFinite(v);
  const s = small(v);
  if (s) {
    const d = s.d - k;
    if (d >= 0 && d < POW10.length) return s.m / POW10[d];
    if (d < 0 && -d < POW10.length) return s.m * POW10[-d];
  }
  const x = big(v);
  return Number(`${x.m}e${k - x.d}`);
}

/** A percentage as the report states it (17,2) → the fraction Excel formats as percent (0.172). */
export function percentToFraction(v: number): number {
  return shift(v, -2);
}

/**
 * Splits one SIE line (bytes) into fields without copying: fields are separated by spaces or TABs, any field
 * may be quoted (`\"` is the only escape), `{` and `}` delimit object lists. Works on CP437 and UTF-8 bytes
 * alike, since no delimiter byte occurs inside a UTF-8 multi-byte sequence.
 */
export const PLAIN = 0;
export const QUOTED = 1;
/** Quoted and containing `\"`: unescape before use. */
export const ESCAPED = 2;
export const OPEN = 3;
export const CLOSE = 4;

export class LineTokens {
  kind = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  count = 0;
  /** Some byte ≥ 0x80 in the line. */
  high = false;
  /** Some byte ≥ 0xB0: in CP437 box drawing or Greek/maths, worth a mis-decoding check. */
  odd = false;
  /** A NUL or other control byte (not TAB/CR) in the line: binary data, not text. */
  control = false;

  private grow() {
    const grow = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.kind = grow(this.kind, (n) => new Uint8Array(n));
    this.start = grow(this.start, (n) => new Int32Array(n));
    this.end = grow(this.end, (n) => new Int32Array(n));
  }

  /**
   * Tokenises buf[s, e) up to the first LF or CR and returns where that line end is (e when there is none), so the
   * reader finds lines and fields in one pass over the bytes. Hot loop: locals instead of fields.
   */
  split(buf: Uint8Array, s: number, e: number): number {
    let n = 0;
    let high = false;
    let odd = false;
    let control = false;
    let { kind, start, end } = this;
    let i = s;
    while (i < e) {
      const c = buf[i];
      if (c === 32 || c === 9) {
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        e = i;
        break;
      }
      if (n === kind.length) {
        this.count = n;
        this.grow();
        ({ kind, start, end } = this);
      }
      if (c === 34) {
        let j = i + 1;
        let k = QUOTED;
        while (j < e) {
          const b = buf[j];
          if (b === 34) break;
          if (b === 92 && j + 1 < e && buf[j + 1] === 34) {
            k = ESCAPED;
            j += 2;
            continue;
          }
          if (b >= 128) {
            high = true;
            if (b >= 0xb0) odd = true;
          } else if (b < 32 && b !== 9) {
            if (b === 10 || b === 13) {
              e = j; // a quote left open ends with its line
              break;
            }
            control = true;
          }
          j++;
        }
        kind[n] = k;
        start[n] = i + 1;
        end[n++] = j;
        i = j + 1;
      } else if (c === 123 || c === 125) {
        kind[n] = c === 123 ? OPEN : CLOSE;
        start[n] = i;
        end[n++] = ++i;
      } else {
        let j = i;
        while (j < e) {
          const b = buf[j];
          if (b === 32 || b === 9 || b === 13 || b === 34 || b === 123 || b === 125) break;
          if (b >= 128) {
            high = true;
            if (b >= 0xb0) odd = true;
          } else if (b < 32) {
            if (b === 10) break;
            control = true;
          }
          j++;
        }
        kind[n] = PLAIN;
        start[n] = i;
        end[n++] = j;
        i = j;
      }
    }
    this.count = n;
    this.high = high;
    this.odd = odd;
    this.control = control;
    return e;
  }
}

/** The bytes of an escaped quoted field with each `\"` reduced to `"`. */
export function unescapeBytes(buf: Uint8Array, s: number, e: number): Uint8Array {
  const out = new Uint8Array(e - s);
  let n = 0;
  for (let i = s; i < e; i++) {
    if (buf[i] === 92 && i + 1 < e && buf[i + 1] === 34) continue;
    out[n++] = buf[i];
  }
  return out.subarray(0, n);
}

/** Whether buf[s, e) is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
export function isUtf8(buf: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    if (i + need >= e) return false;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/**
 * Code page 437 ("PC8", the character set SIE declares). Browsers' TextDecoder has no CP437, so the upper
 * half is this project's own 128-entry table; bytes below 0x80 are ASCII.
 */
const UPPER =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»" +
  "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

/** Code unit for each byte 0–255. */
export const CP437 = new Uint16Array(256);
for (let i = 0; i < 128; i++) CP437[i] = i;
for (let i = 0; i < 128; i++) CP437[128 + i] = UPPER.charCodeAt(i);

let reverse: Map<number, number> | undefined;

const BLOCK = 8192;
const codes = new Uint16Array(BLOCK);

/** Decodes bytes [start, end) as CP437. */
export function decodeCp437(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (end - start <= 32) {
    let out = "";
    for (let i = start; i < end; i++) out += String.fromCharCode(CP437[bytes[i]]);
    return out;
  }
  let out = "";
  for (let i = start; i < end; i += BLOCK) {
    const n = Math.min(BLOCK, end - i);
    for (let k = 0; k < n; k++) codes[k] = CP437[bytes[i + k]];
    out += String.fromCharCode.apply(null, (n === BLOCK ? codes : codes.subarray(0, n)) as unknown as number[]);
  }
  return out;
}

/** Encodes text as CP437 bytes; a character CP437 lacks becomes "?" (0x3F). */
export function encodeCp437(text: string): Uint8Array {
  if (!reverse) {
    reverse = new Map();
    for (let i = 128; i < 256; i++) reverse.set(CP437[i], i);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 128 ? c : (reverse.get(c) ?? 0x3f);
  }
  return out;
}

/**
 * CP437 characters that rarely occur in Swedish bookkeeping text but appear when Latin-1/Windows-1252 or
 * UTF-8 bytes are read as CP437: box drawing (0xB0–0xDF) and Greek/maths signs (0xE0–0xF7, except ß and µ).
 */
export function looksMisdecoded(byte: number): boolean {
  return (byte >= 0xb0 && byte <= 0xdf) || (byte >= 0xe0 && byte <= 0xf7 && byte !== 0xe1 && byte !== 0xe6);
}

/**
 * ISO-8859-15 (Latin-9), as exports saved by Windows programs under `#FORMAT PC8` arrive: Latin-1 with the
 * euro sign and the eight letters 8859-15 changed; 0x80–0x9F (controls in 8859) as Windows-1252 reads them.
 */
export const LATIN9 = new Uint16Array(256);
for (let i = 0; i < 256; i++) LATIN9[i] = i;
const W1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
for (let i = 0; i < 32; i++) LATIN9[0x80 + i] = W1252.charCodeAt(i);
for (const [b, c] of [
  [0xa4, "€"],
  [0xa6, "Š"],
  [0xa8, "š"],
  [0xb4, "Ž"],
  [0xb8, "ž"],
  [0xbc, "Œ"],
  [0xbd, "œ"],
  [0xbe, "Ÿ"],
] as const)
  LATIN9[b] = c.charCodeAt(0);

/** Decodes bytes [start, end) through a 256-entry table (CP437 or LATIN9). */
export function decodeTable(table: Uint16Array, bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = "";
  if (end - start <= 32) {
    for (let i = start; i < end; i++) out += String.fromCharCode(table[bytes[i]]);
    return out;
  }
  for (let i = start; i < end; i += BLOCK) {
    const n = Math.min(BLOCK, end - i);
    for (let k = 0; k < n; k++) codes[k] = table[bytes[i + k]];
    out += String.fromCharCode.apply(null, (n === BLOCK ? codes : codes.subarray(0, n)) as unknown as number[]);
  }
  return out;
}

/** ä å ö Ä Å Ö é ü in CP437 … */
const CP437_LETTERS = new Set([0x84, 0x86, 0x94, 0x8e, 0x8f, 0x99, 0x82, 0x81, 0x90, 0x9a]);
/** … and the same letters in Latin-1/ISO-8859-15. */
const LATIN_LETTERS = new Set([0xe4, 0xe5, 0xf6, 0xc4, 0xc5, 0xd6, 0xe9, 0xfc, 0xc9, 0xdc]);

/**
 * Byte statistics over buf[s, e): how many bytes are Swedish letters in CP437 and how many in Latin-1. Each
 * code point is a letter in one and a sign (box drawing, Σ, ÷, or a control) in the other, so the larger count
 * tells the encoding.
 */
export function letterCounts(buf: Uint8Array, s = 0, e = buf.length): { cp437: number; latin: number } {
  let cp437 = 0;
  let latin = 0;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    if (CP437_LETTERS.has(b)) cp437++;
    else if (LATIN_LETTERS.has(b)) latin++;
  }
  return { cp437, latin };
}

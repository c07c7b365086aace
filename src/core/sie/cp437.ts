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

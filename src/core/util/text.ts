/** Text helpers: folding for case/diacritic-insensitive matching, edit distance, Swedish number formatting. */

/** "Jämtland  Härjedalen" → "jamtland harjedalen". Invisible format characters (zero-width, bidi marks) go. */
export function fold(s: string): string {
  return s
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Cc}/gu, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-–]+/g, " ")
    .trim();
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Swedish number text: 26738 → "26 738", 5.8 → "5,8". */
export function formatNumber(n: number, maxDecimals = 2): string {
  const fixed = Number(n.toFixed(maxDecimals));
  const [int, dec] = Math.abs(fixed).toString().split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return (fixed < 0 ? "−" : "") + grouped + (dec ? "," + dec : "");
}

/** Swedish number text: optional sign, digits grouped by spaces in threes, decimal comma (or point). */
const NUMBER_TEXT = /^\s*([-−–]?)\s*(\d+(?:\s\d{3})*)(?:[,.](\d+))?\s*$/;

/** Parses "1 234,5", "−2,5" or 1234.5; null for anything else. */
export function parseAmount(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v.length > 64) return null;
  const m = NUMBER_TEXT.exec(v);
  return m ? Number(`${m[1] ? "-" : ""}${m[2].replace(/\s/g, "")}.${m[3] ?? "0"}`) : null;
}

/**
 * The one rule for text from outside (SIE files, Kolada answers, a workbook's saved parts, what the user typed)
 * on its way into a cell: a leading =, +, - or @ would start a formula, so such text gets Excel's text prefix
 * "'" (which the cell does not show). Plans carry the text so; the Office.js executor writes it as a value
 * (Excel keeps the apostrophe as the cell's quote prefix) and the .xlsx executor stores it without the
 * apostrophe in a quotePrefix style (quoteText). A plan's text starting with = is a formula the add-in wrote.
 */
export function inertText(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}

/** For an executor that writes files: the text to store, and whether the cell needs the quote prefix. */
export function quoteText(value: string): { text: string; quoted: boolean } {
  return value.startsWith("'") ? { text: value.slice(1), quoted: true } : { text: value, quoted: false };
}

/** Excel holds at most 32 767 characters in a cell. */
export const EXCEL_TEXT_LIMIT = 32_767;
/** Text the functions build (joined lists) stays well below Excel's limit. */
export const CELL_TEXT_MAX = 32_000;

/** The first `max` characters of s and "…" when it is longer, never splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end) + "…";
}

/** Joins parts with sep, stopping before `max` characters and ending "… och N till" for what is left out. */
export function joinCapped(parts: Iterable<string>, sep = "; ", max = CELL_TEXT_MAX): string {
  const room = max - 30;
  let out = "";
  let shown = 0;
  let left = 0;
  for (const p of parts) {
    if (left === 0) {
      const next = shown === 0 ? clip(p, room - 1) : out + sep + p;
      if (next.length <= room) {
        out = next;
        shown++;
        continue;
      }
    }
    left++;
  }
  return left ? `${out}${shown ? sep : ""}… och ${left} till` : out;
}

/** Longer input is compared with no name: every name in the data is far shorter. */
export const SEARCH_MAX = 200;

/** The name closest to `input` (folded; prefix matches count as near), or undefined when nothing is close. */
export function closest(input: string, names: readonly string[]): string | undefined {
  // Nothing to compare, or far longer than any name: no search (a 32 767-character cell answers at once).
  if (input.length > SEARCH_MAX) return undefined;
  const key = fold(input);
  if (key === "") return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const f = fold(n);
    const d = f.startsWith(key) || key.startsWith(f) ? Math.abs(f.length - key.length) / 4 : editDistance(key, f);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== undefined && bestD <= Math.max(2, key.length / 3) ? best : undefined;
}

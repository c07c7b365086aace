/** Text helpers: folding for case/diacritic-insensitive matching, edit distance, Swedish number formatting. */

/** "Jämtland  Härjedalen" → "jamtland harjedalen". */
export function fold(s: string): string {
  return s
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

/** The name closest to `input` (folded; prefix matches count as near), or undefined when nothing is close. */
export function closest(input: string, names: readonly string[]): string | undefined {
  const key = fold(input);
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

/**
 * Excel's own limits on what a plan may contain, checked before a file is written: Excel refuses (or
 * "repairs") a file that breaks them, and LibreOffice is more lenient, so a test with LibreOffice alone
 * would not notice.
 */
import type { PlanCell, SheetPlan } from "../core/workbook/plan";

export const LIMITS = { sheetName: 31, tableName: 255, cellText: 32767, formula: 8192 } as const;

/** Table (and defined) names: letter, _ or \ first; then letters, digits, _ . \; not a cell reference. */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > LIMITS.tableName) return `tabellnamnet "${name}" ska ha 1–${LIMITS.tableName} tecken`;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    return `tabellnamnet "${name}" får bara innehålla bokstäver A–Z, siffror, _ . \\ och inte börja med en siffra`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    return `tabellnamnet "${name}" ser ut som en cellreferens`;
  return null;
}

export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > LIMITS.sheetName) return `bladnamnet "${name}" ska ha 1–${LIMITS.sheetName} tecken`;
  if (/[\\/?*[\]:]/.test(name)) return `bladnamnet "${name}" innehåller något av tecknen \\ / ? * [ ] :`;
  if (/^'|'$/.test(name)) return `bladnamnet "${name}" får inte börja eller sluta med apostrof`;
  if (name.toLowerCase() === "history") return `bladnamnet "${name}" är reserverat i Excel`;
  return null;
}

function cellProblem(where: string, v: PlanCell): string | null {
  if (typeof v === "string") {
    const limit = v.startsWith("=") ? LIMITS.formula : LIMITS.cellText;
    if (v.length > limit) return `${where} har ${v.length} tecken, Excel tillåter ${limit}`;
  }
  if (typeof v === "number" && !Number.isFinite(v)) return `${where} är inget ändligt tal`;
  return null;
}

/** Every rule the plans break, in Swedish; empty when Excel will open the file as written. */
export function excelRuleViolations(plans: SheetPlan[]): string[] {
  const out: string[] = [];
  const sheets = new Set<string>();
  const tables = new Set<string>();
  const add = (p: string | null) => p && out.push(p);
  for (const s of plans) {
    add(sheetNameProblem(s.name));
    if (sheets.has(s.name.toLowerCase())) out.push(`bladnamnet "${s.name}" finns två gånger`);
    sheets.add(s.name.toLowerCase());
    for (const [label, text] of [
      ["rubriken", s.title],
      ["underrubriken", s.subtitle],
      ["källraden", s.attribution],
    ] as const)
      add(cellProblem(`${s.name}: ${label}`, text));
    for (const t of s.tables) {
      add(tableNameProblem(t.name));
      if (tables.has(t.name.toLowerCase())) out.push(`tabellnamnet ${t.name} finns två gånger`);
      tables.add(t.name.toLowerCase());
      const headers = new Set<string>();
      for (const c of t.columns) {
        if (!c.header || c.header.length > 255) out.push(`${t.name}: kolumnrubriken "${c.header}" ska ha 1–255 tecken`);
        if (headers.has(c.header.toLowerCase())) out.push(`${t.name}: kolumnrubriken "${c.header}" finns två gånger`);
        headers.add(c.header.toLowerCase());
      }
      t.rows.forEach((r, i) => {
        if (r.length !== t.columns.length)
          out.push(`${t.name}: rad ${i + 1} har ${r.length} celler, tabellen ${t.columns.length} kolumner`);
        r.forEach((v, j) => add(cellProblem(`${t.name} rad ${i + 1} kolumn ${t.columns[j]?.header ?? j + 1}`, v)));
      });
    }
    for (const c of s.cells ?? []) add(cellProblem(`${s.name}!${c.address}`, c.value));
    for (const ch of s.charts) {
      const t = s.tables.find((x) => x.name === ch.table);
      if (!t) {
        out.push(`diagrammet ${ch.name} bygger på tabellen ${ch.table}, som inte finns på bladet ${s.name}`);
        continue;
      }
      for (const col of [...ch.columns, ...(ch.fallbackColumns ?? [])])
        if (!t.columns.some((c) => c.header === col)) out.push(`diagrammet ${ch.name}: tabellen ${t.name} saknar kolumnen "${col}"`);
    }
  }
  return out;
}

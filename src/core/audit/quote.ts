/**
 * Quotes for audit findings. A row copied from a table ("2019 2 406 24 2 430") means nothing without the table's
 * column headings, and the report leaves empty cells out of it; so an excerpt from a table is given its headings,
 * cell by cell, from the figures the dataset holds for that row ("Årtal 2019: Region 2 406, Kommuner –, SKR 24,
 * Totalt 2 430"). Text excerpts are quoted as they stand.
 */
import { shortCitation } from "../dataset/sources";
import type { Dataset, Observation, Source, TableCaption } from "../dataset/types";
import { num } from "./describe";

/** Where a row begins inside a table excerpt: a year, a "Summa 2019–2024" line or a named row ("Andel"). */
const ROW_START = /(?:^|\s)(Summa \d{4}–\d{4}|Andel|\d{4})(?=\s)/g;

function tableOf(data: Dataset, s: Source): TableCaption | undefined {
  if (!s.label) return undefined;
  return data.tables?.find(
    (t) => t.columns?.length && t.source.report === s.report && (s.label === t.label || s.label!.startsWith(`${t.label},`)),
  );
}

/** The row an observation of a table stands in: the label's suffix ("Summa", "Andel") or else its year. */
const rowKeyOf = (o: Observation) => o.source.label?.split(", ")[1] ?? o.period ?? "";
/** The same key for a row label as printed: "Summa 2019–2024" → "Summa", "2019" → "2019". */
const rowKeyOfLabel = (label: string) => (/^\d/.test(label) ? label : label.split(" ")[0]);

/** The excerpt as the finding quotes it: with column headings when it is a row (or rows) of a table. */
export function quote(data: Dataset, s: Source): string {
  const table = tableOf(data, s);
  if (!table) return s.excerpt;
  const starts = [...s.excerpt.matchAll(ROW_START)];
  if (!starts.length || starts[0].index !== 0) return s.excerpt;
  const rows = starts.map((m, i) => {
    const begin = m.index! + (m[0].length - m[1].length);
    const text = s.excerpt.slice(begin, starts[i + 1]?.index ?? s.excerpt.length).trim();
    return { label: m[1], text };
  });
  const inTable = data.observations.filter(
    (o) => o.value !== undefined && o.source.report === s.report && o.source.section === s.section && tableOf(data, o.source) === table,
  );
  const quoted: string[] = [];
  for (const row of rows) {
    const key = rowKeyOfLabel(row.label);
    const obs = inTable.filter((o) => o.source.excerpt === row.text || (o.source.excerpt === s.excerpt && rowKeyOf(o) === key));
    if (!obs.length) return `${table.header ?? ""} ${s.excerpt}`.trim();
    const cells = table.columns!.map((c) => {
      const o = obs.find((x) => x.entity === c.entity);
      return `${c.heading} ${o ? `${num(o.value!)}${o.unit === "%" ? " %" : ""}` : "–"}`;
    });
    const head = /^\d{4}$/.test(row.label) && table.rowHeading ? `${table.rowHeading} ${row.label}` : row.label;
    quoted.push(`${head}: ${cells.join(", ")}`);
  }
  return quoted.join("; ");
}

/**
 * One citation once per paragraph: the first mention is written in full ("Ramboll 2025, 1.1.1, Tabell 1, Summa"),
 * later ones by their place in the report ("Tabell 1, Summa", "avsnitt 1.1.1").
 */
export function citeOnce(text: string, sources: Source[]): string {
  const cites = [...new Set(sources.map((s) => shortCitation(s)))].sort((a, b) => b.length - a.length);
  if (!cites.length) return text;
  const short = new Map(sources.map((s) => [shortCitation(s), s.label ? s.label : `avsnitt ${s.section}`] as const));
  const escaped = cites.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A citation ends where the next word is not part of a longer label ("…, Tabell 1" vs "…, Tabell 1, Summa").
  const re = new RegExp(`(${escaped.join("|")})(?![\\p{L}\\d])`, "gu");
  const seen = new Set<string>();
  return text.replace(re, (c: string) => {
    if (!seen.has(c)) {
      seen.add(c);
      return c;
    }
    return short.get(c) ?? c;
  });
}

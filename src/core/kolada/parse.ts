/**
 * Reads Kolada v3 response pages. Data rows: { kpi, municipality, period, values: [{ gender, value, status,
 * isdeleted }] }. Deleted values are dropped; null stays null ("no value", never 0). A page whose shape is
 * not this fails as malformed, naming what is wrong.
 */
import { KoladaError } from "./errors";
import type { KpiMeta } from "./catalogue";

export type Gender = "T" | "K" | "M";
export const GENDERS: readonly Gender[] = ["T", "K", "M"];

export interface KoladaObservation {
  kpi: string;
  region: string;
  period: number;
  gender: Gender;
  value: number | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
  /** Rows on the page as Kolada sent them (a data row holds one value per gender). */
  rows: number;
}

const bad = (detail: string, detailEn: string): never => {
  throw new KoladaError("malformed", { detail, detailEn });
};

function parseJson(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return bad("inte JSON", "not JSON");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return bad("inte ett JSON-objekt", "not a JSON object");
  return body as Record<string, unknown>;
}

function pageOf(text: string): { values: unknown[]; next: string | null } {
  const body = parseJson(text);
  if (!Array.isArray(body.values)) return bad("fältet values saknas", "the field values is missing");
  const next = body.next_url ?? null;
  if (next !== null && typeof next !== "string") return bad("next_url är varken text eller null", "next_url is neither text nor null");
  return { values: body.values, next: next || null };
}

/** `maxRows`: more rows than this on the page fail before any is read (what the query can still return). */
export function parseDataPage(text: string, maxRows = Infinity): Page<KoladaObservation> {
  const { values, next } = pageOf(text);
  if (values.length > maxRows)
    bad(
      `sidan har ${values.length} rader men frågan kan ge högst ${maxRows} till; hämtningen stoppades`,
      `the page has ${values.length} rows but the query can return at most ${maxRows} more; fetching stopped`,
    );
  const items: KoladaObservation[] = [];
  // KPI and region ids repeat on every row: one string each, not one per row (a page may hold 250 000 rows).
  const ids = new Map<string, string>();
  const id = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = s));
    return v;
  };
  values.forEach((row, i) => {
    const r = row as Record<string, unknown>;
    if (!r || typeof r !== "object") bad(`rad ${i + 1} är inte ett objekt`, `row ${i + 1} is not an object`);
    const period = typeof r.period === "string" && /^\d{4}$/.test(r.period) ? Number(r.period) : r.period;
    if (typeof r.kpi !== "string" || typeof r.municipality !== "string" || typeof period !== "number" || !Array.isArray(r.values)) {
      bad(`rad ${i + 1} saknar kpi, municipality, period eller values`, `row ${i + 1} lacks kpi, municipality, period or values`);
    }
    for (const v of r.values as Record<string, unknown>[]) {
      if (!v || typeof v !== "object")
        bad(`rad ${i + 1} har ett värde som inte är ett objekt`, `row ${i + 1} has a value that is not an object`);
      if (v.isdeleted === true) continue;
      if (v.value !== null && (typeof v.value !== "number" || !Number.isFinite(v.value)))
        bad(`rad ${i + 1} har ett värde som inte är ett tal`, `row ${i + 1} has a value that is not a number`);
      if (v.gender !== "T" && v.gender !== "K" && v.gender !== "M") continue; // other breakdowns are not used here
      items.push({
        kpi: id(r.kpi as string),
        region: id(r.municipality as string),
        period: period as number,
        gender: v.gender,
        value: v.value as number | null,
      });
    }
  });
  return { items, next, rows: values.length };
}

export function parseKpiPage(text: string, maxRows = Infinity): Page<KpiMeta> {
  const { values, next } = pageOf(text);
  if (values.length > maxRows)
    bad(
      `sidan har ${values.length} KPI:er, fler än frågan kan ge (högst ${maxRows})`,
      `the page has ${values.length} KPIs, more than the query can return (at most ${maxRows})`,
    );
  const items = values.map((row, i) => {
    const r = row as Record<string, unknown>;
    if (!r || typeof r.id !== "string" || typeof r.title !== "string")
      return bad(`KPI ${i + 1} saknar id eller title`, `KPI ${i + 1} lacks id or title`);
    return {
      id: r.id,
      title: r.title,
      description: typeof r.description === "string" ? r.description : undefined,
      operatingArea: typeof r.operating_area === "string" ? r.operating_area : undefined,
      municipalityType: typeof r.municipality_type === "string" ? r.municipality_type : undefined,
    };
  });
  return { items, next, rows: values.length };
}

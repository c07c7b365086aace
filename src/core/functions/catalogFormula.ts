/** The INDIKATOR call that returns exactly one catalogue row. */
import type { CatalogRow } from "../dataset/exportCatalog";
import type { CallArg } from "./formulaText";

const keyOf = (r: CatalogRow) => `${r.indicator}|${r.entity}|${r.period ?? ""}`;
const counts = new WeakMap<CatalogRow[], Map<string, number>>();

/**
 * Readable arguments (indicator id, entity name, year or period) when they name one row; otherwise the
 * observation id, which INDIKATOR also accepts (rows with a dimension, a second statement, or no period).
 */
export function indicatorArgs(row: CatalogRow, rows: CatalogRow[]): CallArg[] {
  let c = counts.get(rows);
  if (!c) {
    c = new Map();
    for (const r of rows) c.set(keyOf(r), (c.get(keyOf(r)) ?? 0) + 1);
    counts.set(rows, c);
  }
  if (row.period === null || (c.get(keyOf(row)) ?? 0) > 1) return [row.id];
  return [row.indicator, row.entityName, /^\d{4}$/.test(row.period) ? Number(row.period) : row.period];
}

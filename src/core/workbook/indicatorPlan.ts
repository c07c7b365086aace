/** One indicator for one entity on its own sheet, optionally with a chart (the catalogue's row actions). */
import { catalogRows } from "../dataset/exportCatalog";
import type { Catalog } from "../dataset/lookup";
import { percentToFraction } from "../util/decimal";
import { ATTRIBUTION, observationTable, valueFormats } from "./observations";
import { FORMATS, type ChartPlan, type SheetPlan, type TablePlan } from "./plan";

const { mnkr: MNKR, pct: PCT, text: TXT, num: NUM } = FORMATS;

export function indicatorPlan(
  cat: Catalog,
  indicatorId: string,
  entityId: string,
  withChart: boolean,
): { sheet: SheetPlan; rowFormats: Record<string, string[]> } {
  const ind = cat.indicator(indicatorId);
  const ent = cat.entity(entityId);
  const rows = catalogRows(cat).filter((r) => r.indicator === ind.id && r.entity === ent.id);
  const safe = `${ind.id}_${ent.id}`.replace(/[^A-Za-z0-9_]/g, "_");
  const tableName = `PV_I_${safe}`.slice(0, 250);
  const key = `ind_${safe}`;
  const sheetName = `${ind.name.slice(0, 18)} – ${ent.name}`.slice(0, 31).replace(/[\\/?*[\]:]/g, "-");
  const table = observationTable(key, tableName, rows);
  const valued = rows.filter((r) => r.value !== null && r.period !== null);
  const charts: ChartPlan[] = [];
  const tables = [table];
  if (withChart && valued.length > 0) {
    const data: TablePlan = {
      key: `${key}_diagram`,
      name: `${tableName}_Diagram`,
      columns: [
        { header: "Period", format: TXT, width: 90 },
        {
          header: ind.unit === "%" ? "Andel" : `Värde (${ind.unit})`,
          format: ind.unit === "%" ? PCT : ind.unit === "mnkr" ? MNKR : NUM,
          width: 90,
        },
      ],
      rows: valued.map((r) => [
        r.period! + (r.dimension ? ` ${r.dimension}` : ""),
        ind.unit === "%" ? percentToFraction(r.value!) : r.value!,
      ]),
    };
    tables.push(data);
    charts.push({
      key: `${key}_chart`,
      name: `PV_Chart_${safe}`.slice(0, 250),
      kind: valued.length > 2 ? "LineMarkers" : "ColumnClustered",
      table: data.name,
      columns: data.columns.map((c) => c.header),
      title: `${ind.name} – ${ent.name}`,
      xTitle: "Period",
      yTitle: ind.unit,
    });
  }
  return {
    sheet: {
      key,
      name: sheetName,
      title: `${ind.name} – ${ent.name}`,
      subtitle: `${rows.length} uppgifter ur rapporterna.`,
      attribution: ATTRIBUTION,
      tables,
      charts,
    },
    rowFormats: { [tableName]: valueFormats(rows) },
  };
}

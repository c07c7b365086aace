/** The Diagram sheet: wide tables of the reports' figures beside the native charts they feed. */
import type { Catalog } from "../dataset/lookup";
import { parsePeriod } from "../dataset/periods";
import { DecimalSum, percentToFraction } from "../util/decimal";
import { inLanguage, type SheetLanguage } from "./sheetText";
import type { SheetText } from "./sheets.sv";
import { FORMATS, type PlanCell, type SheetPlan, type TablePlan } from "./plan";
import { WATERFALL_COLUMNS, waterfallChart } from "./waterfall";

const { mnkr: MNKR, pct: PCT, text: TXT } = FORMATS;

function val(cat: Catalog, id: string): number | "" {
  return cat.observation(id)?.value ?? "";
}

/** Grants per recipient and year (Tabell 1). */
function grantsTable(cat: Catalog): TablePlan {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  return {
    key: "diagram_statsbidrag",
    name: "PV_Diagram_Statsbidrag",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Regioner", format: MNKR, width: 80 },
      { header: "Kommuner", format: MNKR, width: 80 },
      { header: "SKR", format: MNKR, width: 60 },
    ],
    rows: years.map((y) => [
      String(y),
      val(cat, `regioner.statsbidrag.${y}`),
      val(cat, `kommuner.statsbidrag.${y}`),
      val(cat, `skr.statsbidrag.${y}`),
    ]),
  };
}

/** Primary care's share per case region and period, lowest and highest. */
function sharesTable(cat: Catalog): TablePlan {
  const shareRows: PlanCell[][] = [];
  for (const ent of ["jamtland", "kalmar", "stockholm", "regioner"]) {
    for (const o of cat.series("primarvard_andel", ent)) {
      const s = parsePeriod(o.period);
      if (!s || s.from === s.to) continue;
      const lo = percentToFraction((o.min ?? o.value)!);
      const hi = percentToFraction((o.max ?? o.value)!);
      const label = `${cat.entity(ent).name}${ent === "regioner" ? " (medel)" : ""} ${o.period}`;
      if (!shareRows.some((r) => r[0] === label)) shareRows.push([label, lo, hi]);
    }
  }
  return {
    key: "diagram_andel",
    name: "PV_Diagram_Primarvardsandel",
    columns: [
      { header: "Region och period", format: TXT, width: 170 },
      { header: "Lägsta", format: PCT, width: 70 },
      { header: "Högsta", format: PCT, width: 70 },
    ],
    rows: shareRows,
  };
}

/** Närvården's key figures per year, in percent. */
function trendsTable(cat: Catalog): TablePlan {
  const nv = (ind: string, y: number): number | "" => {
    const hit = cat.series(ind, "narvarden").find((o) => {
      const s = parsePeriod(o.period);
      return s && s.from <= y && y <= s.to && o.value !== undefined;
    });
    return hit ? percentToFraction(hit.value!) : "";
  };
  return {
    key: "diagram_narvarden",
    name: "PV_Diagram_Narvarden",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Inhyrd personal", format: PCT, width: 90 },
      { header: "Sjukfrånvaro", format: PCT, width: 90 },
      { header: "Telefontillgänglighet", format: PCT, width: 110 },
    ],
    rows: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => [
      String(y),
      nv("hyrpersonal_andel", y),
      nv("sjukfranvaro", y),
      nv("telefontillganglighet", y),
    ]),
  };
}

/** The national core indicators (Figur 3) per year. */
function nationalTable(cat: Catalog): TablePlan {
  const core = (ind: string, y: number): number | "" => {
    const o = cat.series(ind, "riket").find((x) => x.period === String(y));
    return o?.value !== undefined ? percentToFraction(o.value) : "";
  };
  return {
    key: "diagram_karnindikatorer",
    name: "PV_Diagram_Karnindikatorer",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Medicinsk bedömning inom 3 dagar", format: PCT, width: 110 },
      { header: "Förtroende för sjukvården", format: PCT, width: 110 },
      { header: "Delaktighet", format: PCT, width: 90 },
    ],
    rows: [2019, 2020, 2021, 2023].map((y) => [
      String(y),
      core("medicinsk_bedomning_3d", y),
      core("fortroende_sjukvard", y),
      core("delaktighet", y),
    ]),
  };
}

/**
 * Wide tables that feed the charts, and the charts themselves, on one sheet "Diagram". Titles and notes in the
 * pane's language; the sheet, table and column names (which the charts read) stay the same in both.
 */
export function chartPlan(cat: Catalog, lang: SheetLanguage = "sv"): SheetPlan {
  return inLanguage((t) => chartsIn(cat, t), lang);
}

function chartsIn(cat: Catalog, t: SheetText): SheetPlan {
  const C = t.charts;
  const grants = grantsTable(cat);
  const shares = sharesTable(cat);
  const trends = trendsTable(cat);
  const national = nationalTable(cat);
  const waterfall = traceChartTable(cat);
  return {
    key: "diagram",
    name: "Diagram",
    title: C.title,
    subtitle: C.subtitle,
    attribution: t.attribution,
    tables: [grants, shares, trends, national, waterfall],
    charts: [
      {
        key: "statsbidrag",
        name: "PV_Chart_Statsbidrag",
        kind: "ColumnClustered",
        table: grants.name,
        columns: ["År", "Regioner", "Kommuner", "SKR"],
        title: C.grants,
        xTitle: C.year,
        yTitle: C.mnkr,
      },
      {
        key: "andel",
        name: "PV_Chart_Primarvardsandel",
        kind: "ColumnClustered",
        table: shares.name,
        columns: ["Region och period", "Lägsta", "Högsta"],
        title: C.shares,
        xTitle: C.regionPeriod,
        yTitle: C.share,
      },
      {
        key: "narvarden",
        name: "PV_Chart_Narvarden",
        kind: "LineMarkers",
        table: trends.name,
        columns: ["År", "Inhyrd personal", "Sjukfrånvaro", "Telefontillgänglighet"],
        title: C.trends,
        xTitle: C.year,
        yTitle: C.share,
      },
      {
        key: "karnindikatorer",
        name: "PV_Chart_Karnindikatorer",
        kind: "LineMarkers",
        table: national.name,
        columns: ["År", "Medicinsk bedömning inom 3 dagar", "Förtroende för sjukvården", "Delaktighet"],
        title: C.national,
        xTitle: C.year,
        yTitle: C.share,
      },
      waterfallChart("vattenfall", "PV_Chart_Bidragsspar", waterfall.name, C.waterfall, undefined, C.step, C.mnkr),
    ],
  };
}

/** Received → each category (negative) → untraced (negative), ending at zero; plus base/height for the fallback. */
function traceChartTable(cat: Catalog): TablePlan {
  const acc = cat.data.grantAccounts.find((a) => a.id === "kalmar-2021")!;
  const first = (ids: string[]) => ids.map((id) => cat.observation(id)?.value).find((v) => v !== undefined);
  const received = first(acc.received) ?? 0;
  const steps: [string, number][] = [["Mottaget", received]];
  const level = new DecimalSum().add(received);
  for (const c of acc.categories) {
    const v = first(c.amounts);
    if (v === undefined) continue;
    steps.push([c.name, -v]);
    level.add(-v);
  }
  steps.push(["Ej spårbart", -level.value()]);
  // Each bar floats at the running level after its step; the first starts from the axis.
  const running = new DecimalSum();
  const rows = steps.map(([name, delta], i) => {
    const base = running.add(delta).value();
    return [name, delta, i === 0 ? 0 : Math.max(0, base), Math.abs(delta)];
  });
  return {
    key: "diagram_vattenfall",
    name: "PV_Diagram_Bidragsspar",
    columns: WATERFALL_COLUMNS,
    rows,
  };
}

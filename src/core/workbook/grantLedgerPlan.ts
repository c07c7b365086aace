/** The controller's own grant ledger (sheet Bidragshuvudbok): the ledger table, GRANT_TRACE and its waterfall. */
import { GRANT_LEDGER_COLUMNS, traceLabel, type GrantLedgerColumn, type TraceRole } from "../ledger/columns";
import { FORMATS, type SheetPlan, type TablePlan } from "./plan";
import { inLanguage, type SheetLanguage } from "./sheetText";
import { sv, type SheetText } from "./sheets.sv";
import { thisRow, WATERFALL, WATERFALL_COLUMNS, waterfallChart } from "./waterfall";

const { mnkr: MNKR, pct: PCT } = FORMATS;

/** Column widths in points. */
const WIDTHS: Record<GrantLedgerColumn, number> = {
  Mål: 160,
  Aktivitet: 180,
  Kostnadspost: 130,
  "Belopp (mnkr)": 80,
  Resultatindikator: 150,
  Utfall: 90,
};

/** What H6 shows until the ledger's first amount is filled in. */
export const FRESH_LEDGER = sv.ledger.fresh;

/**
 * The controller's own grant ledger: empty table, a received-amount cell, GRANT_TRACE and its waterfall. Titles,
 * instructions and labels in the pane's language; sheet, table and column names stay the same in both.
 */
export function ledgerPlan(lang: SheetLanguage = "sv"): SheetPlan {
  return inLanguage(ledgerIn, lang);
}

function ledgerIn(t: SheetText): SheetPlan {
  const L = t.ledger;
  const T = "PV_Huvudbok";
  const col = (role: TraceRole) => `${T}[${traceLabel(role)}]`;
  const bel = col("amount");
  const linked = `SUMIFS(${bel},${col("activity")},"<>",${col("indicator")},"<>",${col("outcome")},"<>")`;
  // Chart data as formulas: received → linked → other booked → untraced (ends at zero).
  const amount = thisRow(WATERFALL.amount);
  const height = `=ABS(${amount})`;
  const chart: TablePlan = {
    key: "huvudbok_diagram",
    name: "PV_Huvudbok_Diagram",
    formulas: true,
    columns: WATERFALL_COLUMNS,
    rows: [
      ["Mottaget", "=$I$3", 0, height],
      ["Kopplat till aktivitet och resultat", `=-${linked}`, `=$I$3+${amount}`, height],
      ["Övrigt bokfört", `=-(SUM(${bel})-${linked})`, `=$I$3-SUM(${bel})`, height],
      ["Ej spårbart", `=-($I$3-SUM(${bel}))`, 0, height],
    ],
  };
  return {
    key: "huvudbok",
    name: "Bidragshuvudbok",
    title: L.title,
    subtitle: L.subtitle,
    attribution: L.attribution,
    tables: [
      {
        key: "huvudbok",
        name: T,
        columns: GRANT_LEDGER_COLUMNS.map((c) => ({ header: c.name, format: FORMATS[c.format], width: WIDTHS[c.name] })),
        rows: [GRANT_LEDGER_COLUMNS.map(() => "")],
        userData: true,
      },
      { ...chart, anchor: "P3" },
    ],
    charts: [waterfallChart("huvudbok_vattenfall", "PV_Chart_Huvudbok", chart.name, L.chart, "H18", t.charts.step, t.charts.mnkr)],
    cells: [
      // Wide enough for the labels: I3 holds a value, so "Mottaget (mnkr):" cannot run over into it.
      { address: "H3", value: L.received, label: "label", width: 100 },
      { address: "I3", value: 0, format: MNKR, input: true },
      { address: "H4", value: L.traceability, label: "label" },
      { address: "I4", value: `=IFERROR(PV.SPARBARHET(${T}[#All],I3),"")`, format: PCT },
      // A fresh ledger says what to do instead of showing #N/A: GRANT_TRACE runs once the first amount is there.
      {
        address: "H6",
        value: `=IF(COUNT(${bel})=0,"${L.fresh}",PV.GRANT_TRACE(${T}[#All],I3))`,
      },
    ],
    decimalColumns: [{ table: T, column: traceLabel("amount") }],
  };
}

import type { Strings } from "./sv";

/** English fallback strings; the type makes a missing key a compile error. */
export const en: Strings = {
  appTitle: "Close Care Indicators",
  tabs: { start: "Start", catalog: "Catalogue", functions: "Functions", audit: "Audit", sources: "Sources" },
  outsideExcel: "The pane is open outside Excel. Catalogue, functions and audit work; workbook actions need Excel.",
  start: {
    intro:
      "Insert the reports' figures as Excel tables, build charts or start your own grant ledger. The add-in's own sheets are updated on the next run; your sheets are never touched.",
    insertAll: "Insert all reference tables and charts",
    insertAllHint: "Närvården, Statsbidrag, Regioner, Indikatorer, Iakttagelser, Granskning, Källor and Diagram.",
    charts: "Build charts",
    chartsHint: "Grants per year, primary-care share, Närvården trends, core indicators and a grant-trace waterfall.",
    ledger: "New grant ledger",
    ledgerHint:
      "Empty ledger with the chain Goal – Activity – Cost item – Amount – Result indicator – Outcome, GRANT_TRACE and a waterfall.",
    working: "Working …",
    notes: "Notes",
  },
  catalog: {
    search: "Search indicator, region or text",
    theme: "Theme",
    entity: "Entity",
    year: "Year",
    all: "All",
    count: (n: number, total: number) => `${n} of ${total} figures`,
    indicator: "Indicator",
    value: "Value",
    period: "Period",
    actions: "Actions",
    insertTable: "Table",
    insertChart: "Chart",
    showSource: "Source",
    hideSource: "Hide source",
    showAll: (n: number) => `Show all ${n}`,
    none: "No figures match the filter.",
  },
  functions: {
    intro: "Type =PV. in a cell to see the functions. Shares are returned as fractions – format the cell as percent.",
    example: "Example",
    insert: "Insert into selected cell",
    errors: "Error values",
    help: "Help page",
  },
  audit: {
    intro: (n: number) => `${n} findings, computed from the data. Both sources and the difference are shown.`,
    stated: "Stated",
    other: "Compared with",
    difference: "Difference",
  },
  sources: {
    intro: "All data comes from two reports. Figures are given as the reports state them, with qualifier and source.",
    attribution: "Citation",
    offline: "The add-in works fully offline: no data is fetched from the network.",
  },
  disabledOutside: "Needs Excel",
  download: {
    label: "Download the workbook (.xlsx)",
    hint: "All reference tables, findings, audit, sources, charts and the grant ledger in one file that opens in Excel or LibreOffice without the add-in.",
    working: "Building the workbook …",
    done: (file: string, kb: string) => `${file} has been downloaded (${kb} kB).`,
    opened: "The workbook opened in a new Excel window (Excel for Mac cannot download from the pane). Save it with File › Save As.",
    failed: (message: string) => `The workbook could not be built: ${message}`,
  },
};

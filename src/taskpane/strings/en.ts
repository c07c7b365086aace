import type { Strings } from "./sv";

/** English fallback strings; the type makes a missing key a compile error. */
export const en: Strings = {
  appTitle: "Close Care Indicators",
  tabs: { start: "Start", catalog: "Catalogue", functions: "Functions", audit: "Audit", sources: "Sources", kolada: "Kolada" },
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
  kolada: {
    intro:
      "Kolada (RKA) publishes the costs behind primary care's share for all 21 regions. With data from here PRIMARVARD_ANDEL, INDIKATOR, KALLA and KOLADA answer for every region.",
    noneLoaded:
      "No Kolada data is loaded. The functions answer only for the reports' regions until data is fetched or IT bundles a snapshot.",
    loaded: "Loaded Kolada data",
    origin: { bundled: "bundled snapshot", workbook: "saved in the workbook", live: "fetched from Kolada" },
    summary: (regions: number, years: string, date: string, origin: string) =>
      `${regions} regions · ${years} · fetched ${date} (${origin})`,
    network: "Fetch from Kolada (network)",
    networkHint: "Off until you turn it on: then api.kolada.se is called, first with one small probe.",
    probing: "Trying the connection to Kolada …",
    live: "Live refresh works. Fetched data is saved in the workbook so it works offline.",
    snapshotOnly: "Live refresh does not work here; only bundled or saved data can be used.",
    itHint: "IT can bundle every region's figures: npm run kolada -- --snapshot, then rebuild the add-in.",
    from: "From year",
    to: "To year",
    kpis: "KPIs to fetch",
    remove: "Remove",
    refresh: "Fetch all regions",
    refreshing: "Fetching …",
    progress: (done: number, total: number, requests: number, rows: number) =>
      `${done}/${total} id lists · ${requests} requests · ${rows} values`,
    kept: "The last fetched data is kept.",
    warnings: "Changes in Kolada",
    search: "Search more KPIs by title (e.g. continuity, waiting time)",
    searchButton: "Search",
    add: "Add",
    noHits: "No hits.",
    compareYear: "Year to compare",
    insert: "Insert comparison of all regions",
    insertHint:
      "Sheet Kolada: cost per inhabitant and share for all regions, the report's share beside it where there is one, and two charts.",
    shareNote:
      "Primary care's share is an own calculation on Kolada data: N71000 / (N70061 − N70059), all in SEK per inhabitant, without medicines in both numerator and denominator.",
    attribution: "Source: Kolada",
  },
};

/** The sheets' text in English (see sheets.sv.ts): what the English pane writes into the workbook. */
import type { SheetText } from "./sheets.sv";

const SHARE_DEFINITION_EN =
  "Primary care share = N71000 primary care cost (excl. medicines) / (N70061 net cost of health care in total (incl. medicines) − N70059 net cost of medicines in total (excl. dental care)), all in SEK per inhabitant, both sexes. Neither numerator nor denominator includes medicines. Exact ratio; the cell's number format does the rounding.";

export const en: SheetText = {
  attribution:
    "Sources: Region Västmanland (2025), Utvärdering av intraprenaden Närvården; Ramboll for Praktikertjänst (2025), Miljardreform utan styrfart. Figures are given as the reports state them.",
  reference: {
    titles: {
      narvarden: "Närvården Västmanland – key figures 2016–2024, equity and required return",
      statsbidrag: "Government grants for Good and close care 2019–2025 (Table 1, case regions, reported items)",
      regioner: "The case regions: primary care share, continuity, capacity and facts",
      indikatorer: "National core indicators and IVO's supervision",
    },
    figures: (n: number) => `${n} ${n === 1 ? "figure" : "figures"}, each with period, unit and source.`,
    findingsTitle: "Strengths, challenges, obstacles and recommendations",
    findingsSubtitle: "Qualitative findings from both reports (quoted in Swedish).",
    auditTitle: "Audit: the reports' internal contradictions",
    auditSubtitle:
      "Computed from the data: sums against stated totals, shares against computed shares and figures stated more than once. The verdict (in Swedish) tells contradiction (motsägelse), rounding (avrundning), consistent figures (förenlig) and explained gaps (förklarad lucka) apart.",
    sourcesTitle: "Sources",
    sourcesSubtitle: "The reports all data comes from.",
  },
  charts: {
    title: "Charts",
    subtitle: "The charts are built on the tables beside them. Empty cells = the report gives no value.",
    grants: "Government grants for Good and close care by recipient",
    shares: "Primary care's share of the health care budget (lowest–highest)",
    trends: "Närvården 2016–2024: key figures in per cent",
    national: "National core indicators (Figure 3)",
    waterfall: "Kalmar 2021: the grant from received to untraced",
    year: "Year",
    regionPeriod: "Region and period",
    share: "Share (%)",
    step: "Step",
    mnkr: "SEK m",
  },
  ledger: {
    title: "Grant ledger – follow the government grant from goal to result",
    subtitle: "Enter one row per booked item. Enter the amount received in I3. GRANT_TRACE and the chart update at once.",
    attribution: "The chain Goal – Activity – Use of resources – Result follows Ramboll's recommendation (2025, section 4.2).",
    chart: "The grant: received, traceable and untraced",
    received: "Received (SEK m):",
    traceability: "Traceability:",
    fresh: "GRANT_TRACE shows the chain here once the table's first row has an amount (start in A5).",
  },
  kolada: {
    title: (year: number) => `All regions ${year}: cost per inhabitant and primary care's share`,
    empty: "Empty cell = Kolada gives no value.",
    notFetched: "not fetched",
    attribution: (fetched: string) =>
      `Source: Kolada (RKA), fetched ${fetched}. Own calculation on data from Kolada – ${SHARE_DEFINITION_EN} The report's share: Ramboll 2025 where the report gives one.`,
    costChart: (year: number) => `Primary care cost per inhabitant ${year} (Kolada)`,
    shareChart: (year: number) => `Primary care's share ${year} (own calculation on data from Kolada)`,
    region: "Region",
    share: "Share (%)",
    perInhabitant: "SEK per inhabitant",
  },
};

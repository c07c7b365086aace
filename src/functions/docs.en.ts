/**
 * English text for the examples and error values in docs.ts, for the English task pane. Kept beside docs.ts
 * rather than inside it so the Swedish reference stays one block per function; a test fails when an example
 * or error in docs.ts has no English here.
 */

/** Keyed by the example formula exactly as docs.ts writes it. */
export const EXAMPLE_RESULTS_EN: Record<string, string> = {
  '=PV.PRIMARVARD_ANDEL("Stockholm"; 2024)': "0.172 (17.2%, Ramboll 2025 section 2.4)",
  '=PV.PRIMARVARD_ANDEL("Kalmar"; 2024)': "#N/A – the report gives only 18.6–19.7% for 2019–2024",
  '=PV.PRIMARVARD_ANDEL("Kalmar"; 2024; "max")': "0.197",
  "=PV.PRIMARVARD_ANDEL(B2:B5; C2:C5)": "four shares, one per row",
  '=PV.GRANT_TRACE("Kalmar"; 2021)': "table: received 136 MSEK, three cost items, activities and 14.3 MSEK not traceable",
  "=PV.GRANT_TRACE(Tabell1[#Alla]; 25)": "the same table for your ledger, with the traceability rate",
  "=PV.SPARBARHET(Tabell1[#Alla]; 25)": "0.42 if 10.5 of 25 MSEK are linked to an activity and a result",
  '=PV.INDIKATOR("sjukfranvaro"; "Närvården"; 2024)': "6.8",
  '=PV.INDIKATOR("medicinsk_bedomning_3d"; "Riket"; ; SANT)': "time series 2020–2023 with headers",
  '=PV.KALLA("primarvard_andel"; "Stockholm"; 2024)': "report, section 2.4 and the verbatim excerpt (in Swedish)",
  '=PV.STATSBIDRAG(2021; "Regioner")': "5,725",
  '=PV.STATSBIDRAG("2019–2025"; "Stockholm")': "6,027.1",
  "=PV.STATSBIDRAG()": "the whole of Table 1 with headers",
  "=PV.LAKARBEHOV(117000)": "106.4",
  "=PV.LAKARBEHOV(117000; 60)": "Need 106.4 · Today 60 · Gap 46.4 · Increase 77%",
  '=PV.INDIKATORER("narvarden")': "the care unit's key figures with headers",
  "=PV.GRANSKNING()": "one row per discrepancy with both sources and the difference",
};

/** Keyed by `${function id} ${error code}`. */
export const ERRORS_EN: Record<string, string> = {
  "PRIMARVARD_ANDEL #N/A": "The reports give no share for the region and year, or only a range (the message shows the range).",
  "PRIMARVARD_ANDEL #VALUE!": "Text, negative numbers or ranges of different sizes when using your own data.",
  "PRIMARVARD_ANDEL #DIV/0!": "The total cost is zero.",
  "GRANT_TRACE #N/A":
    "The reports have no grant accounts for the region and year (the message lists those that exist), or the ledger has no amounts.",
  "GRANT_TRACE #VALUE!": "The ledger lacks the Cost item or Amount column, an amount is not a number, or the amount received is negative.",
  "SPARBARHET #VALUE!": "The ledger lacks the Cost item or Amount column, or an amount is not a number.",
  "INDIKATOR #N/A":
    "Unknown indicator or entity (with a suggestion), no value for the year (the message lists the years that exist), or different values in the reports.",
  "INDIKATOR #VALUE!": "An argument has the wrong type, e.g. a year that is not a year.",
  "KALLA #N/A": "The reports contain no such figure.",
  "STATSBIDRAG #N/A": "No amount for the year and recipient, or the report gives different amounts (e.g. 2025).",
  "LAKARBEHOV #VALUE!": "A negative number, text, or a ratio outside 1–100,000.",
  "INDIKATORER #VALUE!": "Unknown theme (the message lists the themes).",
};

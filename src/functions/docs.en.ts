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
  "=PV.UPPFOLJNING(PV_SIE_Huvudbok[#Alla]; PV_Kostnadsslag[#Alla]; PV_Insatser[#Alla])":
    "the crosswalk with totals in SEK, the ledger's total and the difference 0",
  "=PV.UPPFOLJNING(PV_SIE_Huvudbok[#Alla]; PV_Kostnadsslag[#Alla]; PV_Insatser[#Alla]; 2022)": "the same table for the rows of 2022",
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
  '=PV.PRIMARVARD_ANDEL("Region Uppsala"; 2023)':
    "own calculation from Kolada data: N71000 / (N70061 − N70059), when Kolada data is loaded",
  '=PV.INDIKATOR("N71000"; "Gotland"; 2022)': "the Kolada value in SEK per inhabitant, when Kolada data is loaded",
  '=PV.KALLA("statsbidrag"; "Totalt"; 2025)':
    "… Table 1: “2025 2 774 900 3 674” | a consistent statement from section 1.1.1 (other statements are marked same, rounded or contradictory)",
  '=PV.KALLA("N71000"; "Gotland"; 2022)': "Source: Kolada (RKA), KPI N71000, Region Gotland 2022, fetched …",
  '=PV.KOLADA("N71000"; "Gotland"; 2022)': "primary-care cost in SEK per inhabitant, Region Gotland 2022",
  '=PV.KOLADA("N70061"; "Uppsala")': "time series: year and value, one row per year",
};

/** Keyed by the Swedish text of the error value, exactly as docs.ts writes it (a function may list one code twice). */
export const ERRORS_EN: Record<string, string> = {
  "Två rader i kostnadsslagen överlappar, eller ett projekt är kopplat till två insatsområden; meddelandet anger båda raderna.":
    "Two rows of the cost types overlap, or a project is linked to two areas; the message names both rows.",
  "Huvudboken saknar kolumnen Konto eller Belopp, ett belopp är inte ett tal, eller en cell är ett felvärde (med rad).":
    "The ledger lacks the column Konto or Belopp, an amount is not a number, or a cell holds an error value (with its row).",
  "År anges men huvudboken har ingen kolumn År.": "A year is given but the ledger has no year column.",
  "Huvudboken har inga rader med belopp (för året).": "The ledger has no rows with amounts (for the year).",
  "Rapporterna anger ingen andel för regionen och året, eller bara ett intervall (meddelandet visar intervallet).":
    "The reports give no share for the region and year, or only a range (the message shows the range).",
  "Text, negativa tal eller områden av olika storlek i läget med egna data.":
    "Text, negative numbers or ranges of different sizes when using your own data.",
  "Primärvårdens kostnad är större än den totala, eller ett belopp är över 10^15.":
    "The primary-care cost is larger than the total, or an amount is above 10^15.",
  "Regionen saknas (tom cell eller bara blanksteg).": "The region is missing (an empty cell or only spaces).",
  "Den totala kostnaden är noll. Rader där båda cellerna är tomma blir tomma (hela kolumner går bra).":
    "The total cost is zero. Rows where both cells are empty stay empty (whole columns are fine).",
  "I andelskolumnen när mottaget belopp är noll. En andel över 100 % eller ett negativt netto förklaras i kolumnen Källa.":
    "In the share column when the amount received is zero. A share above 100% or a negative net is explained in the Source column.",
  "Rapporterna har ingen bidragsredovisning för regionen och året (meddelandet visar vilka som finns), eller huvudboken saknar belopp.":
    "The reports have no grant accounts for the region and year (the message lists those that exist), or the ledger has no amounts.",
  "Huvudboken saknar kolumnen Kostnadspost eller Belopp, ett belopp är inte ett tal, eller mottaget belopp är negativt.":
    "The ledger lacks the Cost item or Amount column, an amount is not a number, or the amount received is negative.",
  "En cell i huvudboken är ett felvärde (t.ex. #SAKNAS!); meddelandet anger rad och kolumn.":
    "A cell in the ledger is an error value (e.g. #N/A); the message gives the row and column.",
  "Mottaget belopp (eller huvudbokens summa) är noll.": "The amount received (or the ledger's sum) is zero.",
  "Huvudboken saknar kolumnen Kostnadspost eller Belopp, eller ett belopp är inte ett tal.":
    "The ledger lacks the Cost item or Amount column, or an amount is not a number.",
  "En cell i huvudboken är ett felvärde; meddelandet anger rad och kolumn.":
    "A cell in the ledger is an error value; the message gives the row and column.",
  "Spårbarheten skulle bli över 100 % (kopplade belopp överstiger mottaget) eller negativ (rättelser överstiger kopplade belopp); meddelandet visar beloppen.":
    "Traceability would be above 100% (linked amounts exceed the amount received) or negative (corrections exceed linked amounts); the message shows the amounts.",
  "Okänd indikator eller enhet (med förslag), inget värde för året (meddelandet visar vilka år som finns), eller olika värden i rapporterna.":
    "Unknown indicator or entity (with a suggestion), no value for the year (the message lists the years that exist), or different values in the reports.",
  "Ett argument har fel typ, t.ex. ett år som inte är ett årtal.": "An argument has the wrong type, e.g. a year that is not a year.",
  "Ingen sådan siffra finns i rapporterna.": "The reports contain no such figure.",
  "Inget belopp för året och mottagaren, eller rapporten anger olika belopp (t.ex. 2025).":
    "No amount for the year and recipient, or the report gives different amounts (e.g. 2025).",
  "Negativt antal, text, eller en kvot utanför 1–100 000.": "A negative number, text, or a ratio outside 1–100,000.",
  "Okänt tema (meddelandet visar vilka som finns).": "Unknown theme (the message lists the themes).",
  "Ingen Kolada-data är laddad (hämta i panelens flik Kolada), Kolada saknar värde för året (tomt värde), eller hämtningen misslyckades (meddelandet säger varför).":
    "No Kolada data is loaded (fetch it in the pane's Kolada tab), Kolada has no value for the year (an empty value), or the fetch failed (the message says why).",
  'Inget KPI-id (t.ex. "N71000"), ett år som inte är ett årtal, eller okänt kön.':
    'No KPI id (e.g. "N71000"), a year that is not a year, or an unknown gender.',
  "Okänd region; meddelandet föreslår den närmaste av de 21.": "Unknown region; the message suggests the closest of the 21.",
};

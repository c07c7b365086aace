/** Swedish UI strings: the reference dictionary. */
export const sv = {
  appTitle: "Nära vård-indikatorer",
  tabs: { start: "Start", catalog: "Katalog", functions: "Funktioner", audit: "Granskning", sources: "Källor" },
  outsideExcel: "Panelen är öppnad utanför Excel. Katalog, funktioner och granskning fungerar; åtgärder i arbetsboken kräver Excel.",
  start: {
    intro:
      "Infoga rapporternas siffror som Excel-tabeller, bygg diagram eller starta en egen bidragshuvudbok. Tilläggets egna blad uppdateras vid nästa körning; dina blad rörs aldrig.",
    insertAll: "Infoga alla referenstabeller och diagram",
    insertAllHint: "Närvården, Statsbidrag, Regioner, Indikatorer, Iakttagelser, Granskning, Källor och Diagram.",
    charts: "Bygg diagram",
    chartsHint: "Statsbidrag per år, primärvårdsandel, Närvårdens trender, kärnindikatorer och vattenfall för bidragsspårning.",
    ledger: "Ny bidragshuvudbok",
    ledgerHint: "Tom huvudbok med kedjan Mål – Aktivitet – Kostnadspost – Belopp – Resultatindikator – Utfall, GRANT_TRACE och vattenfall.",
    working: "Arbetar …",
    notes: "Att notera",
  },
  catalog: {
    search: "Sök indikator, region eller text",
    theme: "Tema",
    entity: "Enhet",
    year: "År",
    all: "Alla",
    count: (n: number, total: number) => `${n} av ${total} uppgifter`,
    indicator: "Indikator",
    value: "Värde",
    period: "Period",
    actions: "Åtgärder",
    insertTable: "Tabell",
    insertChart: "Diagram",
    showSource: "Källa",
    hideSource: "Dölj källa",
    showAll: (n: number) => `Visa alla ${n}`,
    none: "Inga uppgifter matchar filtret.",
  },
  functions: {
    intro: "Skriv =PV. i en cell för att se funktionerna. Andelar returneras som bråktal – formatera cellen som procent.",
    example: "Exempel",
    insert: "Infoga i markerad cell",
    errors: "Felvärden",
    help: "Hjälpsida",
  },
  audit: {
    intro: (n: number) => `${n} iakttagelser, beräknade ur data. Båda källorna och skillnaden visas.`,
    stated: "Angivet",
    other: "Jämfört med",
    difference: "Skillnad",
  },
  sources: {
    intro: "All data kommer från två rapporter. Siffror återges som rapporterna anger dem, med kvalifikator (ca, över, knappt) och källa.",
    attribution: "Hänvisning",
    offline: "Tillägget arbetar helt offline: ingen data hämtas från nätet.",
  },
  disabledOutside: "Kräver Excel",
  download: {
    label: "Ladda ner arbetsboken (.xlsx)",
    hint: "Alla referenstabeller, iakttagelser, granskning, källor, diagram och bidragshuvudboken i en fil som öppnas i Excel eller LibreOffice utan tillägget.",
    working: "Bygger arbetsboken …",
    done: (file: string, kb: string) => `${file} är nedladdad (${kb} kB).`,
    opened:
      "Arbetsboken öppnades i ett nytt Excel-fönster (Excel för Mac kan inte ladda ner från panelen). Spara den med Arkiv › Spara som.",
    failed: (message: string) => `Arbetsboken kunde inte byggas: ${message}`,
  },
};

export type Strings = typeof sv;

/** Swedish UI strings: the reference dictionary. */
export const sv = {
  appTitle: "Nära vård-indikatorer",
  tabs: { start: "Start", catalog: "Katalog", functions: "Funktioner", audit: "Granskning", sources: "Källor", kolada: "Kolada" },
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
  kolada: {
    intro:
      "Kolada (RKA) publicerar kostnaderna bakom primärvårdens andel för alla 21 regioner. Med data härifrån svarar PRIMÄRVÅRD_ANDEL, INDIKATOR, KÄLLA och KOLADA för alla regioner.",
    noneLoaded:
      "Ingen Kolada-data är laddad. Funktionerna svarar bara för rapporternas regioner tills data hämtas eller IT paketerar en ögonblicksbild.",
    loaded: "Laddad Kolada-data",
    origin: { bundled: "inbyggd ögonblicksbild", workbook: "sparad i arbetsboken", live: "hämtad från Kolada" },
    summary: (regions: number, years: string, date: string, origin: string) =>
      `${regions} regioner · ${years} · hämtad ${date} (${origin})`,
    network: "Hämta från Kolada (nätverk)",
    networkHint: "Av tills du slår på: då anropas api.kolada.se, först med ett litet provanrop.",
    probing: "Provar anslutningen till Kolada …",
    live: "Direkthämtning fungerar. Hämtad data sparas i arbetsboken så att den fungerar offline.",
    snapshotOnly: "Direkthämtning fungerar inte här; bara inbyggd eller sparad data kan användas.",
    itHint: "IT kan paketera alla regioners siffror: npm run kolada -- --snapshot, och sedan bygga om tillägget.",
    from: "Från år",
    to: "Till år",
    kpis: "KPI:er som hämtas",
    remove: "Ta bort",
    refresh: "Hämta alla regioner",
    refreshing: "Hämtar …",
    progress: (done: number, total: number, requests: number, rows: number) =>
      `${done}/${total} id-listor · ${requests} anrop · ${rows} värden`,
    kept: "Senast hämtade data behålls.",
    warnings: "Ändringar i Kolada",
    search: "Sök fler KPI:er på titel (t.ex. kontinuitet, väntetid)",
    searchButton: "Sök",
    add: "Lägg till",
    noHits: "Inga träffar.",
    compareYear: "År för jämförelsen",
    insert: "Infoga jämförelse av alla regioner",
    insertHint:
      "Blad Kolada: kostnad per invånare och andel för alla regioner, med rapportens andel bredvid där den finns, och två diagram.",
    shareNote:
      "Primärvårdens andel är en egen beräkning på data från Kolada: N71000 / (N70061 − N70059), alla i kr/inv och utan läkemedel i både täljare och nämnare.",
    attribution: "Källa: Kolada",
  },
};

export type Strings = typeof sv;

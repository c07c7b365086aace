/** Text of the Kolada view, in its own chunk: loaded with the view, not with the first one. */
export const koladaSv = {
  intro:
    "Kolada (RKA) publicerar kostnaderna bakom primärvårdens andel för alla 21 regioner. Med data härifrån svarar PRIMÄRVÅRD_ANDEL, INDIKATOR, KÄLLA och KOLADA för alla regioner.",
  noneLoaded:
    "Ingen Kolada-data är laddad. Funktionerna svarar bara för rapporternas regioner tills data hämtas eller IT paketerar en ögonblicksbild.",
  loaded: "Laddad Kolada-data",
  origin: { bundled: "inbyggd ögonblicksbild", workbook: "sparad i arbetsboken", live: "hämtad från Kolada" },
  summary: (regions: number, years: string, date: string, origin: string) => `${regions} regioner · ${years} · hämtad ${date} (${origin})`,
  network: "Hämta från Kolada (nätverk)",
  networkHint: "Av tills du slår på: då anropas api.kolada.se, först med ett litet provanrop.",
  probing: "Provar anslutningen till Kolada …",
  live: "Direkthämtning fungerar. Hämtad data sparas i arbetsboken så att den fungerar offline.",
  snapshotOnly: "Direkthämtning fungerar inte här; bara inbyggd eller sparad data kan användas.",
  itHint: "Regionens IT kan bygga in alla regioners siffror i tillägget, så att de finns utan nätverk.",
  from: "Från år",
  to: "Till år",
  kpis: "KPI:er som hämtas",
  remove: "Ta bort",
  refresh: "Hämta alla regioner",
  refreshing: "Hämtar …",
  progress: (done: number, total: number, requests: number, rows: number) =>
    `Del ${done} av ${total} · ${requests} anrop · ${rows} ${rows === 1 ? "värde" : "värden"}`,
  kept: "Senast hämtade data behålls.",
  warnings: "Ändringar i Kolada",
  search: "Sök fler KPI:er på titel (t.ex. kontinuitet, väntetid)",
  searchButton: "Sök",
  add: "Lägg till",
  noHits: "Inga träffar.",
  compareYear: "År för jämförelsen",
  insert: "Infoga jämförelse av alla regioner",
  insertHint: "Blad Kolada: kostnad per invånare och andel för alla regioner, med rapportens andel bredvid där den finns, och två diagram.",
  shareNote:
    "Primärvårdens andel är en egen beräkning på data från Kolada: N71000 / (N70061 − N70059), alla i kr/inv och utan läkemedel i både täljare och nämnare.",
  attribution: "Källa: Kolada",
};

export type KoladaStrings = typeof koladaSv;

export const koladaEn: KoladaStrings = {
  intro:
    "Kolada (RKA) publishes the costs behind primary care's share for all 21 regions. With data from here PRIMARVARD_ANDEL, INDIKATOR, KALLA and KOLADA answer for every region.",
  noneLoaded:
    "No Kolada data is loaded. The functions answer only for the reports' regions until data is fetched or IT bundles a snapshot.",
  loaded: "Loaded Kolada data",
  origin: { bundled: "bundled snapshot", workbook: "saved in the workbook", live: "fetched from Kolada" },
  summary: (regions: number, years: string, date: string, origin: string) => `${regions} regions · ${years} · fetched ${date} (${origin})`,
  network: "Fetch from Kolada (network)",
  networkHint: "Off until you turn it on: then api.kolada.se is called, first with one small probe.",
  probing: "Trying the connection to Kolada …",
  live: "Live refresh works. Fetched data is saved in the workbook so it works offline.",
  snapshotOnly: "Live refresh does not work here; only bundled or saved data can be used.",
  itHint: "The region's IT can build every region's figures into the add-in, so they are there without a network.",
  from: "From year",
  to: "To year",
  kpis: "KPIs to fetch",
  remove: "Remove",
  refresh: "Fetch all regions",
  refreshing: "Fetching …",
  progress: (done: number, total: number, requests: number, rows: number) =>
    `Part ${done} of ${total} · ${requests} ${requests === 1 ? "request" : "requests"} · ${rows} ${rows === 1 ? "value" : "values"}`,
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
};

export const koladaStrings = (lang: "sv" | "en"): KoladaStrings => (lang === "en" ? koladaEn : koladaSv);

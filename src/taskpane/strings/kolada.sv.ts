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

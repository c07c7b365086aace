/** Swedish UI strings: the reference dictionary. */
import { GRANT_LEDGER_HEADER } from "../../core/ledger/columns";

const n = (x: number) => x.toLocaleString("sv-SE");

export const sv = {
  lang: "sv" as "sv" | "en",
  appTitle: "Nära vård-indikatorer",
  tabs: {
    start: "Start",
    catalog: "Katalog",
    functions: "Funktioner",
    audit: "Granskning",
    sources: "Källor",
    sie: "SIE",
    kolada: "Kolada",
    followup: "Uppföljning",
  },
  tabsLabel: "Vyer",
  loading: "Laddar …",
  start: {
    intro:
      "Infoga rapporternas siffror som Excel-tabeller, bygg diagram eller starta en egen bidragshuvudbok. Tilläggets egna blad uppdateras vid nästa körning; dina blad rörs aldrig.",
    insertAll: "Infoga alla referenstabeller och diagram",
    insertAllHint: "Närvården, Statsbidrag, Regioner, Indikatorer, Iakttagelser, Granskning, Källor och Diagram.",
    charts: "Bygg diagram",
    chartsHint: "Statsbidrag per år, primärvårdsandel, Närvårdens trender, kärnindikatorer och vattenfall för bidragsspårning.",
    ledger: "Ny bidragshuvudbok",
    ledgerHint: `Tom huvudbok med kedjan ${GRANT_LEDGER_HEADER.join(" – ")}, GRANT_TRACE och vattenfall.`,
    working: "Arbetar …",
    busy: "Vänta – en annan åtgärd pågår.",
    notes: "Att notera",
    goToSheet: (sheet: string) => `Gå till bladet ${sheet}`,
    outsideTitle: "Utanför Excel",
    outsideIntro:
      "Du kan bläddra i katalogen, läsa om källorna och ladda ner katalogen här. I Excel gör knapparna på den här sidan följande:",
    browse: "Bläddra i katalogen",
    readSources: "Läs om källorna",
    downloadCsv: "Ladda ner katalogen (CSV)",
    csvHint: "Alla uppgifter med källa, semikolonseparerade – öppnas i Excel.",
  },
  catalog: {
    search: "Sök indikator, region, år eller tal",
    searchHint: "T.ex. Kalmar 2024 eller 35130",
    theme: "Tema",
    entity: "Region eller aktör",
    year: "År",
    all: "Alla",
    groups: { nation: "Riket", region: "Regioner", other: "Övriga" },
    count: (shown: number, matching: number, total: number) =>
      matching === total
        ? `Visar ${n(shown)} av ${n(total)} uppgifter`
        : `Visar ${n(shown)} av ${n(matching)} träffar (${n(total)} uppgifter totalt)`,
    showAll: (count: number) => `Visa alla ${n(count)}`,
    none: "Inga uppgifter matchar filtret.",
    clear: "Rensa filter",
    exists: (what: string, periods: string) => `${what} finns för: ${periods}.`,
    existsThemes: (what: string, themes: string) => `${what} finns i temana: ${themes}.`,
    noPeriod: "år ej angivet",
    columns: { indicator: "Indikator", value: "Värde" },
    id: "Id",
    copyFormula: "Kopiera formel",
    copied: "Kopierad till urklipp:",
    copyFailed: "Urklipp är inte tillgängligt. Markera formeln och kopiera med Ctrl+C:",
    insertTable: "Tabell",
    insertChart: "Diagram",
    insertLabel: (what: string, name: string) => `${what}: ${name}`,
    showSource: "Källa",
    hideSource: "Dölj källa",
    themes: {
      karnindikatorer: "Kärnindikatorer",
      narvarden: "Närvården",
      primarvardsandel: "Primärvårdsandel",
      statsbidrag: "Statsbidrag",
      bidragsredovisning: "Bidragsredovisning",
      kapacitet: "Kapacitet",
      kontinuitet: "Kontinuitet",
      regionfakta: "Regionfakta",
    } as Record<string, string>,
    units: {} as Record<string, string>,
    qualifiers: {} as Record<string, string>,
    locale: "sv-SE",
  },
  functions: {
    intro: "Skriv =PV. i en cell för att se funktionerna. Andelar returneras som bråktal – formatera cellen som procent.",
    examples: "Exempel",
    insert: "Infoga i markerad cell",
    copy: "Kopiera",
    errors: "Felvärden",
    codes: { "#N/A": "#SAKNAS!", "#VALUE!": "#VÄRDEFEL!", "#DIV/0!": "#DIVISION/0!" } as Record<string, string>,
    englishCode: (code: string) => `engelska Excel: ${code}`,
  },
  audit: {
    listLabel: "Avvikelser i rapporterna",
    intro: (n: number) => `${n} avvikelser mellan rapporternas siffror, beräknade ur data. Båda källorna och skillnaden visas.`,
    stated: "Angivet",
    other: "Jämfört med",
    difference: "Skillnad",
    higher: "högre än angivet",
    lower: "lägre än angivet",
    same: "lika",
    severity: { motsägelse: "Motsägelse", avrundning: "Avrundning", förenlig: "Förenlig", "förklarad lucka": "Förklarad lucka" } as Record<
      string,
      string
    >,
    checks: {} as Record<string, string>,
    detailInSwedish: "",
  },
  sources: {
    intro: "All data kommer från två rapporter. Siffror återges som rapporterna anger dem, med kvalifikator (ca, över, knappt) och källa.",
    attribution: "Hänvisning",
    counts: (observations: number, findings: number) =>
      `${observations} ${observations === 1 ? "uppgift" : "uppgifter"} och ${findings} ${findings === 1 ? "iakttagelse" : "iakttagelser"} i rapporten`,
    offline: "Tillägget arbetar offline tills du slår på Kolada: först då hämtas data från nätet (bara från api.kolada.se).",
    download: "Hela katalogen som fil:",
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

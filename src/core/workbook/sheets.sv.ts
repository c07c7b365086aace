/**
 * What the add-in writes as text into its sheets, in Swedish (the reference): titles, notes, instructions, chart
 * and axis titles and cell labels. Sheet names, table names and the column headers that functions and charts read
 * stay Swedish in every language, so formulas and re-runs find them.
 */
import { ATTRIBUTION } from "./observations";
import { SHARE_ATTRIBUTION, SHARE_DEFINITION } from "../kolada/share";

export const sv = {
  attribution: ATTRIBUTION,
  reference: {
    titles: {
      narvarden: "Närvården Västmanland – nyckeltal 2016–2024, eget kapital och avkastningskrav",
      statsbidrag: "Statsbidrag för God och nära vård 2019–2025 (Tabell 1, fallregioner, redovisade poster)",
      regioner: "Fallregionerna: primärvårdens andel, kontinuitet, kapacitet och fakta",
      indikatorer: "Nationella kärnindikatorer och IVO:s tillsyn",
    },
    figures: (n: number) => `${n} uppgifter, var och en med period, måttenhet och källa.`,
    findingsTitle: "Styrkor, utmaningar, hinder och rekommendationer",
    findingsSubtitle: "Kvalitativa iakttagelser ur båda rapporterna.",
    auditTitle: "Granskning: rapporternas inre motsägelser",
    auditSubtitle:
      "Beräknat ur data: summor mot angivna totaler, andelar mot beräknade andelar och siffror som anges flera gånger. Bedömningen skiljer motsägelse, avrundning, förenliga uppgifter och förklarade luckor.",
    sourcesTitle: "Källor",
    sourcesSubtitle: "Rapporterna som all data kommer från.",
  },
  charts: {
    title: "Diagram",
    subtitle: "Diagrammen bygger på tabellerna bredvid dem. Tomma celler = rapporten anger inget värde.",
    grants: "Statsbidrag för God och nära vård per mottagare",
    shares: "Primärvårdens andel av hälso- och sjukvårdsbudgeten (lägsta–högsta)",
    trends: "Närvården 2016–2024: nyckeltal i procent",
    national: "Nationella kärnindikatorer (Figur 3)",
    waterfall: "Kalmar 2021: statsbidraget från mottaget till ej spårbart",
    year: "År",
    regionPeriod: "Region och period",
    share: "Andel (%)",
    step: "Steg",
    mnkr: "mnkr",
  },
  ledger: {
    title: "Bidragshuvudbok – följ statsbidraget från mål till resultat",
    subtitle: "Fyll i en rad per bokförd post. Ange mottaget belopp i I3. GRANT_TRACE och diagrammet uppdateras direkt.",
    attribution: "Kedjan Mål – Aktivitet – Resursanvändning – Resultat följer Rambolls rekommendation (2025, avsnitt 4.2).",
    chart: "Statsbidraget: mottaget, spårbart och ej spårbart",
    received: "Mottaget (mnkr):",
    traceability: "Spårbarhet:",
    fresh: "GRANT_TRACE visar kedjan här när tabellens första rad har ett belopp (fyll i från A5).",
  },
  kolada: {
    title: (year: number) => `Alla regioner ${year}: kostnad per invånare och primärvårdens andel`,
    empty: "Tom cell = Kolada anger inget värde.",
    notFetched: "ej hämtad",
    attribution: (fetched: string) =>
      `Källa: Kolada (RKA), hämtad ${fetched}. ${SHARE_ATTRIBUTION} – ${SHARE_DEFINITION} Rapportens andel: Ramboll 2025 där rapporten anger en.`,
    costChart: (year: number) => `Kostnad primärvård per invånare ${year} (Kolada)`,
    shareChart: (year: number) => `Primärvårdens andel ${year} (egen beräkning på data från Kolada)`,
    region: "Region",
    share: "Andel (%)",
    perInhabitant: "kr/inv",
  },
};

export type SheetText = typeof sv;

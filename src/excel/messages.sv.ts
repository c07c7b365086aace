/** What the workbook actions report, in Swedish: refusals, notes, failures and results. */
import { formatNumber } from "../core/util/text";

/** Kronor with öre shown when there are any: 101750 → "101 750", 4345.6 → "4 345,60". */
export const kronorText = (n: number) => formatNumber(n, 2).replace(/,(\d)$/, ",$10");

const quoted = (sheets: string[]) => sheets.map((n) => `"${n}"`).join(", ");

/** "Gotland, Uppsala och Riket"; all 22: "alla regioner och Riket"; a long list ends "och 15 till". */
const regionList = (names: string[]) => {
  if (names.length >= 22) return "alla regioner och Riket";
  if (names.length > 6) return `${names.slice(0, 5).join(", ")} och ${names.length - 5} till`;
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}` : names.join("");
};

const rader = (n: number) => (n === 1 ? "1 rad" : `${n} rader`);

const cells = (n: number) => (n === 1 ? "1 ändrad cell" : `${n} ändrade celler`);

const notes = {
  restored: (n: number, table: string, formulas: boolean) =>
    `${cells(n)} i ${table} återställdes till ${formulas ? "tilläggets formler" : "rapportens värden"}.`,
  restoredSheet: (n: number, sheet: string) => `${cells(n)} på bladet "${sheet}" (rubriker eller formler) återställdes.`,
  keptRows: (n: number, table: string) =>
    n === 1 ? `1 egen rad i ${table} behölls där den står.` : `${n} egna rader i ${table} behölls där de står.`,
  renamedTable: (planned: string, actual: string) =>
    `Tabellen ${planned} heter nu ${actual} i arbetsboken; tillägget uppdaterade den under det namnet.`,
  recreatedTable: (table: string, sheet: string) => `Tabellen ${table} saknades på bladet "${sheet}" och skrevs på nytt.`,
  recreatedSheet: (sheet: string) => `Tilläggets blad "${sheet}" hade tagits bort och skapades på nytt.`,
  adoptedSheet: (sheet: string) => `Det tomma bladet "${sheet}" används nu för tilläggets innehåll.`,
  sheetNameTaken: (wanted: string, used: string) =>
    `Bladnamnet "${wanted}" används redan av ett av dina blad; tillägget skrev till "${used}".`,
  tableNameTaken: (wanted: string, used: string) =>
    `Tabellnamnet ${wanted} används redan i arbetsboken; tillägget döpte sin tabell till ${used}.`,
  attributionSkipped: (sheet: string, address: string) =>
    `Källhänvisningen på bladet "${sheet}" skrevs inte: ${address} innehåller något annat, som fick stå kvar.`,
  chartSkipped: (title: string, sheet: string, address: string) =>
    `Diagrammet "${title}" ritades inte: ${address} på bladet "${sheet}" innehåller dina uppgifter, som diagrammet skulle dölja. Töm området och kör igen.`,
  waterfallFallback: (title: string, code: string) =>
    `Excel godtog inte vattenfallsdiagrammet (${code}); "${title}" ritades som staplad stapel med osynlig bas.`,
  waterfallNeedsApi: (title: string) => `Vattenfallsdiagram kräver ExcelApi 1.9; "${title}" ritades som staplad stapel med osynlig bas.`,
};

const conflicts = {
  foreignCells: (sheet: string, address: string, table: string) =>
    `På bladet "${sheet}" finns innehåll som inte är tilläggets i ${address}, där tabellen ${table} ska ligga. ` +
    "Flytta eller ta bort det (eller ta bort hela bladet, så skapas det på nytt) och kör igen.",
  foreignTable: (sheet: string, other: string, table: string, address: string) =>
    `På bladet "${sheet}" ligger tabellen ${other} där tabellen ${table} ska ligga (${address}). ` +
    `Flytta ${other}, eller döp tillbaka den till ${table} om den är tilläggets, och kör igen.`,
  missingColumns: (sheet: string, table: string, columns: string[]) =>
    `På bladet "${sheet}" saknar tabellen ${table} kolumner som tillägget skriver (${columns.join(", ")}). ` +
    "Lägg tillbaka dem och kör igen.",
  columnsBetween: (sheet: string, table: string, last: string) =>
    `På bladet "${sheet}" har tabellen ${table} egna kolumner bland tilläggets. ` +
    `Flytta dem till tabellens högra kant, efter kolumnen ${last}, och kör igen.`,
  splitTable: (sheet: string, table: string, rows: number, other: string) =>
    `På bladet "${sheet}" behöver tabellen ${table} ${rows} nya rader, men då skulle tabellen ${other} nedanför delas. ` +
    `Flytta ${other} så att den inte står under ${table}s kolumner, och kör igen.`,
};

export const sv = {
  cellEditMode: "Excel är i redigeringsläge. Tryck Enter eller Esc i cellen och försök igen. Inget ändrades.",
  officeSilent:
    "Excel svarade inte tillägget, så åtgärden kunde inte köras. Inget ändrades. Stäng panelen och öppna den igen; händer det igen, be IT se över tilläggets installation.",
  denied: "Excel nekade ändringen – arbetsboken eller ett blad är skyddat eller delas. Inget ändrades.",
  excelFailed: (code: string | undefined, message: string) => `Excel kunde inte genomföra åtgärden${code ? ` (${code})` : ""}: ${message}`,
  partWay: (why: string, sheets: string[]) =>
    `Excel avbröt skrivningen innan den var klar (${why}). Det som hann skrivas ligger kvar, bara i tilläggets egna blad och tabeller ` +
    `(${quoted(sheets)}); inget av ditt eget innehåll skrevs över. ` +
    "Kör åtgärden igen, så känner den igen det som redan finns och gör klart resten.",
  nothingChanged: (more: number) => `Inget ändrades${more ? ` (${more} till nedan)` : ""}.`,
  done: (sheets: string[]) => `Klart: ${sheets.join(", ")}.`,
  formulaWritten: (address: string) => `Formeln skrevs i ${address}.`,
  ledgerKept: (sheet: string, kept: number, received: string) =>
    kept === 1
      ? `Bladet ${sheet} uppdaterades, och din egna rad behölls. Fyll i nya rader under den; mottaget belopp står i ${received}.`
      : `Bladet ${sheet} uppdaterades, och dina ${kept} egna rader behölls. Fyll i nya rader under dem; mottaget belopp står i ${received}.`,
  ledgerStart: (sheet: string, first: string, received: string) =>
    `Bladet ${sheet} är klart. Fyll i från ${first}, en rad per bokförd post, och ange mottaget belopp i ${received}; GRANT_TRACE och diagrammet följer med.`,
  protectedWorkbook: "Arbetsboken är skyddad. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen. Inget ändrades.",
  protectedSheet: (sheet: string) => `Bladet "${sheet}" är skyddat. Ta bort bladskyddet och försök igen. Inget ändrades.`,
  unknownError: "okänt fel",
  validationNeedsApi: "Datavalidering för Belopp hoppades över: den kräver ExcelApi 1.8.",
  notes,
  conflicts,
  kolada: {
    saved: (values: number) => `Kolada-data sparad i arbetsboken (${values} värden).`,
    unreadable: (reason: string) => `Arbetsbokens Kolada-data kunde inte läsas (${reason}); den används inte.`,
    loaded: (fetched: string) => `Kolada-data från arbetsboken laddad (hämtad ${fetched}).`,
    recalculate: "Räkna om arbetsboken (F9) för att se de nya värdena.",
    readFailed: (why: string) => `Arbetsbokens Kolada-data kunde inte läsas: ${why}`,
    noPart: "delen saknar koladaSnapshot",
    noJson: "delen innehåller ingen giltig JSON",
    partial: (without: number, rows: number, year: number) =>
      `Bladet Kolada skrevs, men primärvårdens andel (egen beräkning) är tom på ${without} av ${rows} rader för ${year}:`,
    notLoaded: (kpi: string, year: number) =>
      `${kpi} är inte hämtad, så ingen andel kan räknas för ${year}. Hämta alla regioner i fliken Kolada (${kpi} hämtas med) och infoga igen.`,
    missing: (kpi: string, regions: string[], year: number) => `${kpi} saknas i hämtad data för ${regionList(regions)} ${year}.`,
    empty: (kpi: string, regions: string[], year: number) => `${kpi} har inget värde i Kolada för ${regionList(regions)} ${year}.`,
    tooLarge: (chars: number) => `delen är för stor (${chars} tecken)`,
  },
  ledger: {
    row: (project: string, activity: string, account: string, name: string) =>
      `Projekt ${project}${activity ? `, aktivitet ${activity}` : ""}, konto ${account}${name ? ` ${name}` : ""}`,
    amount: (n: number) => `${kronorText(n)} kr`,
    empty: "tomt",
    added: (label: string, to: string) => `Ny: ${label}: ${to}`,
    updated: (label: string, from: string, to: string) => `Ändrad: ${label}: ${from} → ${to}`,
    zeroed: (label: string, from: string) => `Finns inte längre i filen, satt till 0: ${label} (var ${from})`,
    more: (n: number) => `… och ${n} till.`,
    created: (rows: number, file: string) =>
      `Huvudboken skapades med ${rader(rows)} från ${file}. Fyll i Mål, Resultatindikator och Utfall; GRANT_TRACE står bredvid tabellen.`,
    newRows: (n: number) => (n === 1 ? "1 ny rad" : `${n} nya rader`),
    changedAmounts: (n: number) => (n === 1 ? "1 ändrat belopp" : `${n} ändrade belopp`),
    zeroedRows: (n: number) => (n === 1 ? "1 rad satt till 0" : `${n} rader satta till 0`),
    provenanceOnly: "nya uppgifter om ursprung",
    updatedFrom: (file: string, parts: string[], fallback: string) =>
      `Huvudboken uppdaterades från ${file}: ${parts.join(", ") || fallback}. Mål, Resultatindikator och Utfall är orörda.`,
    unchanged: (file: string) => `Inget ändrades: huvudboken stämmer redan med ${file}.`,
  },
  followup: {
    noLedger: (table: string) => `Huvudboken (${table}) finns inte i arbetsboken: importera SIE-filen först. Inget ändrades.`,
    columnsAdded: (columns: string[], table: string) =>
      `Huvudboken ${table} fick kolumnerna ${columns.join(" och ")} (formler över kopplingstabellerna).`,
    cellsInTheWay: (sheet: string, address: string) =>
      `På bladet "${sheet}" står något i ${address}, där huvudbokens nya kolumner ska ligga. Flytta det och försök igen. Inget ändrades.`,
  },
};

export type WriterMessages = typeof sv;

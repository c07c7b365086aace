/** The Swedish sentences the workbook writer reports: refusals, notes and failures. */

/** Turns whatever Excel rejected a read with into a message a controller can act on. Nothing was written yet. */
export function excelErrorMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  switch (err?.code) {
    case "InvalidOperationInCellEditMode":
      return "Excel är i redigeringsläge. Tryck Enter eller Esc i cellen och försök igen. Inget ändrades.";
    case "AccessDenied":
    case "InsertDeleteConflict":
      return "Excel nekade ändringen – arbetsboken eller ett blad är skyddat eller delas. Inget ändrades.";
    default:
      return `Excel kunde inte genomföra åtgärden${err?.code ? ` (${err.code})` : ""}: ${err?.message ?? String(e)}`;
  }
}

/** Excel stopped part-way through the write batch: what was written stays (batches do not roll back). */
export function partWayMessage(e: unknown, sheets: string[]): string {
  const err = e as { code?: string; message?: string };
  const why = `${err?.code ? `${err.code}: ` : ""}${err?.message ?? String(e)}`;
  return (
    `Excel avbröt skrivningen innan den var klar (${why}). Det som hann skrivas ligger kvar, bara i tilläggets egna blad och tabeller ` +
    `(${sheets.map((n) => `"${n}"`).join(", ")}); inget av ditt eget innehåll skrevs över. ` +
    "Kör åtgärden igen, så känner den igen det som redan finns och gör klart resten."
  );
}

const cells = (n: number) => (n === 1 ? "1 ändrad cell" : `${n} ändrade celler`);

export const notes = {
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

export const conflicts = {
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

export function refusal(found: string[]): { message: string; notes: string[] } {
  const more = found.length > 1 ? ` (${found.length - 1} till nedan)` : "";
  return { message: `Inget ändrades${more}. ${found[0]}`, notes: found.slice(1) };
}

/** What the workbook actions report, in English (the pane's fallback language). Same entries as messages.sv.ts. */
import { kronorText, type WriterMessages } from "./messages.sv";

const quoted = (sheets: string[]) => sheets.map((n) => `"${n}"`).join(", ");
const cells = (n: number) => (n === 1 ? "1 changed cell" : `${n} changed cells`);
const regionListEn = (names: string[]) => {
  if (names.length >= 22) return "every region and Riket";
  if (names.length > 6) return `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
};

export const en: WriterMessages = {
  cellEditMode: "Excel is in cell-edit mode. Press Enter or Esc in the cell and try again. Nothing was changed.",
  officeSilent:
    "Excel did not answer the add-in, so the action could not run. Nothing was changed. Close the pane and open it again; if it happens again, ask IT to check the add-in's installation.",
  denied: "Excel refused the change – the workbook or a sheet is protected or shared. Nothing was changed.",
  excelFailed: (code, message) => `Excel could not carry out the action${code ? ` (${code})` : ""}: ${message}`,
  partWay: (why, sheets) =>
    `Excel stopped the write before it was finished (${why}). What was written stays, only in the add-in's own sheets and tables ` +
    `(${quoted(sheets)}); none of your own content was overwritten. ` +
    "Run the action again: it recognises what is already there and finishes the rest.",
  nothingChanged: (more) => `Nothing was changed${more ? ` (${more} more below)` : ""}.`,
  done: (sheets) => `Done: ${sheets.join(", ")}.`,
  formulaWritten: (address) => `The formula was written in ${address}.`,
  ledgerKept: (sheet, kept, received) =>
    `The sheet ${sheet} was updated, and your ${kept === 1 ? "own row was" : `${kept} own rows were`} kept. Fill in new rows below; the amount received is in ${received}.`,
  ledgerStart: (sheet, first, received) =>
    `The sheet ${sheet} is ready. Fill in from ${first}, one row per booked item, and enter the amount received in ${received}; GRANT_TRACE and the chart follow.`,
  protectedWorkbook: "The workbook is protected. Remove the protection (Review › Protect Workbook) and try again. Nothing was changed.",
  protectedSheet: (sheet) => `The sheet "${sheet}" is protected. Remove the sheet protection and try again. Nothing was changed.`,
  unknownError: "unknown error",
  validationNeedsApi: "Data validation for Belopp was skipped: it needs ExcelApi 1.8.",
  notes: {
    restored: (n, table, formulas) => `${cells(n)} in ${table} restored to ${formulas ? "the add-in's formulas" : "the report's values"}.`,
    restoredSheet: (n, sheet) => `${cells(n)} on the sheet "${sheet}" (headers or formulas) restored.`,
    keptRows: (n, table) =>
      n === 1 ? `1 row of your own in ${table} kept where it is.` : `${n} rows of your own in ${table} kept where they are.`,
    renamedTable: (planned, actual) =>
      `The table ${planned} is now called ${actual} in the workbook; the add-in updated it under that name.`,
    recreatedTable: (table, sheet) => `The table ${table} was missing from the sheet "${sheet}" and was written again.`,
    recreatedSheet: (sheet) => `The add-in's sheet "${sheet}" had been deleted and was created again.`,
    adoptedSheet: (sheet) => `The empty sheet "${sheet}" now holds the add-in's content.`,
    sheetNameTaken: (wanted, used) => `The sheet name "${wanted}" is taken by one of your sheets; the add-in wrote to "${used}".`,
    tableNameTaken: (wanted, used) => `The table name ${wanted} is taken in the workbook; the add-in named its table ${used}.`,
    attributionSkipped: (sheet, address) =>
      `The source note on the sheet "${sheet}" was not written: ${address} holds something else, which was left as it was.`,
    chartSkipped: (title, sheet, address) =>
      `The chart "${title}" was not drawn: ${address} on the sheet "${sheet}" holds your data, which the chart would cover. Clear the range and run again.`,
    waterfallFallback: (title, code) =>
      `Excel did not accept the waterfall chart (${code}); "${title}" was drawn as a stacked column with an invisible base.`,
    waterfallNeedsApi: (title) => `Waterfall charts need ExcelApi 1.9; "${title}" was drawn as a stacked column with an invisible base.`,
  },
  conflicts: {
    foreignCells: (sheet, address, table) =>
      `On the sheet "${sheet}" there is content that is not the add-in's in ${address}, where the table ${table} goes. ` +
      "Move or delete it (or delete the whole sheet, and it is created again) and run again.",
    foreignTable: (sheet, other, table, address) =>
      `On the sheet "${sheet}" the table ${other} stands where the table ${table} goes (${address}). ` +
      `Move ${other}, or rename it back to ${table} if it is the add-in's, and run again.`,
    missingColumns: (sheet, table, columns) =>
      `On the sheet "${sheet}" the table ${table} lacks columns the add-in writes (${columns.join(", ")}). Put them back and run again.`,
    columnsBetween: (sheet, table, last) =>
      `On the sheet "${sheet}" the table ${table} has columns of your own among the add-in's. ` +
      `Move them to the table's right edge, after the column ${last}, and run again.`,
    splitTable: (sheet, table, rows, other) =>
      `On the sheet "${sheet}" the table ${table} needs ${rows} new rows, but that would split the table ${other} below it. ` +
      `Move ${other} so that it is not below the columns of ${table}, and run again.`,
  },
  kolada: {
    saved: (values) => `Kolada data saved in the workbook (${values} values).`,
    unreadable: (reason) => `The workbook's Kolada data could not be read (${reason}); it is not used.`,
    loaded: (fetched) => `Kolada data loaded from the workbook (fetched ${fetched}).`,
    recalculate: "Recalculate the workbook (F9) to see the new values.",
    readFailed: (why) => `The workbook's Kolada data could not be read: ${why}`,
    noPart: "the part has no koladaSnapshot",
    noJson: "the part holds no valid JSON",
    partial: (without, rows, year) =>
      `The sheet Kolada was written, but primary care's share (own calculation) is empty in ${without} of ${rows} rows for ${year}:`,
    notLoaded: (kpi, year) =>
      `${kpi} is not fetched, so no share can be computed for ${year}. Fetch all regions in the Kolada tab (${kpi} is fetched with them) and insert again.`,
    missing: (kpi, regions, year) => `${kpi} is missing from the fetched data for ${regionListEn(regions)} ${year}.`,
    empty: (kpi, regions, year) => `${kpi} has no value in Kolada for ${regionListEn(regions)} ${year}.`,
    tooLarge: (chars: number) => `the part is too large (${chars} characters)`,
  },
  ledger: {
    row: (project, activity, account, name) =>
      `Project ${project}${activity ? `, activity ${activity}` : ""}, account ${account}${name ? ` ${name}` : ""}`,
    amount: (n) => `SEK ${kronorText(n).replace(",", ".").replace(/ /g, ",")}`,
    empty: "empty",
    added: (label, to) => `New: ${label}: ${to}`,
    updated: (label, from, to) => `Changed: ${label}: ${from} → ${to}`,
    zeroed: (label, from) => `No longer in the file, set to 0: ${label} (was ${from})`,
    more: (n) => `… and ${n} more.`,
    created: (rows, file) =>
      `The ledger was created with ${rows === 1 ? "1 row" : `${rows} rows`} from ${file}. Fill in Mål, Resultatindikator and Utfall; GRANT_TRACE stands beside the table.`,
    newRows: (n) => (n === 1 ? "1 new row" : `${n} new rows`),
    changedAmounts: (n) => (n === 1 ? "1 changed amount" : `${n} changed amounts`),
    zeroedRows: (n) => (n === 1 ? "1 row set to 0" : `${n} rows set to 0`),
    provenanceOnly: "new provenance details",
    updatedFrom: (file, parts, fallback) =>
      `The ledger was updated from ${file}: ${parts.join(", ") || fallback}. Mål, Resultatindikator and Utfall are untouched.`,
    unchanged: (file) => `Nothing changed: the ledger already matches ${file}.`,
  },
  followup: {
    noLedger: (table: string) => `The ledger (${table}) is not in the workbook: import the SIE file first. Nothing was changed.`,
    columnsAdded: (columns: string[], table: string) =>
      `The ledger ${table} gained the columns ${columns.join(" and ")} (formulas over the mapping tables).`,
    cellsInTheWay: (sheet: string, address: string) =>
      `On the sheet "${sheet}" something stands in ${address}, where the ledger's new columns go. Move it and try again. Nothing was changed.`,
  },
};

/**
 * Opens a built .xlsx as a new workbook in Excel (ExcelApi 1.8). Used where the pane cannot hand a file to
 * a download: Excel for Mac's web view ignores blob downloads, so the workbook opens in its own window instead
 * and the user saves it from there.
 */

/** Base64 without Node's Buffer: btoa over chunks, so large files do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function canOpenNewWorkbook(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.8");
}

/** True where downloads from the pane do not work and a new workbook window is the way to hand over the file. */
export function downloadsBlocked(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType?.Mac;
}

export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(toBase64(bytes));
}

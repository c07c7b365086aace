import { writerLanguage } from "../excel/language";

/**
 * Builds the reference workbook in the browser and hands it to the browser's download; src/xlsx loads only
 * now. In Excel for Mac, whose web view drops downloads, it opens the file as a new workbook instead.
 */
export async function downloadWorkbook(): Promise<{ file: string; bytes: number; openedInExcel: boolean }> {
  const { referenceWorkbook, WORKBOOK_FILE, XLSX_MIME } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/referenceWorkbook");
  // Titles and notes in the pane's language (the same setting the workbook actions follow).
  const bytes = await referenceWorkbook({}, writerLanguage());
  const excel = await import(/* webpackChunkName: "xlsx" */ "../excel/newWorkbook");
  if (excel.downloadsBlocked() && excel.canOpenNewWorkbook()) {
    await excel.openAsNewWorkbook(bytes);
    return { file: WORKBOOK_FILE, bytes: bytes.length, openedInExcel: true };
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = WORKBOOK_FILE;
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Revoke after the browser has taken the file; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { file: WORKBOOK_FILE, bytes: bytes.length, openedInExcel: false };
}

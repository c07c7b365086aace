/**
 * The language of what the workbook actions report (the pane's language). Set by the pane when it renders;
 * a tiny module of its own, so the pane sets it without loading the writer.
 */
export type WriterLanguage = "sv" | "en";

let current: WriterLanguage = "sv";

export function setWriterLanguage(lang: WriterLanguage): void {
  current = lang;
}

export function writerLanguage(): WriterLanguage {
  return current;
}

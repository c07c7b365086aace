/** XML text for the .xlsx parts: escaping, Excel's _xHHHH_ escapes for characters XML 1.0 cannot carry. */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  types: "http://schemas.openxmlformats.org/package/2006/content-types",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

export const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes for element text and attribute values (both quoted with "). */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Cell text as SpreadsheetML stores it: a literal "_xHHHH_" is protected as "_x005F_xHHHH_", and control
 * characters XML 1.0 forbids become _xHHHH_, which Excel and LibreOffice decode back.
 */
export function cellText(s: string): string {
  return esc(
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // Everything outside XML 1.0's Char production (tab, line breaks and U+0020 upwards, minus U+FFFE/U+FFFF).
      .replace(
        /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu,
        (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
      ),
  );
}

/** <t> with xml:space="preserve" where leading/trailing space or line breaks would otherwise be lost. */
export function textElement(tag: string, s: string): string {
  const keep = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<${tag}${keep}>${cellText(s)}</${tag}>`;
}

/** A quoted sheet name for references: 'Närvården'!, with ' doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** $A$1 style: absolute row and column. */
export function absolute(a1: string): string {
  return a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

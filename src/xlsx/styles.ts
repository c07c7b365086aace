/** Cell styles of one workbook: number format × font, registered on first use, written as styles.xml. */
import { esc, HEAD, NS } from "./xml";

export type FontKind = "normal" | "title" | "italic" | "bold";

const FONTS: Record<FontKind, string> = {
  normal: "",
  title: "<b/>",
  italic: "<i/>",
  bold: "<b/>",
};
const FONT_SIZE: Record<FontKind, number> = { normal: 11, title: 14, italic: 11, bold: 11 };
const FONT_ORDER = Object.keys(FONTS) as FontKind[];

/** Formats Excel knows by id; any other code gets a custom id from 164. */
const BUILTIN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

export class Styles {
  private formats = new Map<string, number>();
  private xfs = new Map<string, number>([["General|normal|", 0]]);
  private order: [number, FontKind, boolean][] = [[0, "normal", false]];

  /** The cellXfs index for a number format and font; `quoted`: Excel's quote prefix (text stays text on edit). */
  id(format = "General", font: FontKind = "normal", quoted = false): number {
    const key = `${format}|${font}|${quoted ? "q" : ""}`;
    let i = this.xfs.get(key);
    if (i === undefined) {
      i = this.order.length;
      this.xfs.set(key, i);
      this.order.push([this.formatId(format), font, quoted]);
    }
    return i;
  }

  private formatId(code: string): number {
    if (code in BUILTIN) return BUILTIN[code];
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const fmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("");
    const fonts = FONT_ORDER.map((f) => `<font>${FONTS[f]}<sz val="${FONT_SIZE[f]}"/><name val="Calibri"/><family val="2"/></font>`).join(
      "",
    );
    const xfs = this.order
      .map(
        ([fmt, font, quoted]) =>
          `<xf numFmtId="${fmt}" fontId="${FONT_ORDER.indexOf(font)}" fillId="0" borderId="0" xfId="0"${fmt ? ' applyNumberFormat="1"' : ""}${font !== "normal" ? ' applyFont="1"' : ""}${quoted ? ' quotePrefix="1"' : ""}/>`,
      )
      .join("");
    return (
      HEAD +
      `<styleSheet xmlns="${NS.main}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${fmts}</numFmts>` : "") +
      `<fonts count="${FONT_ORDER.length}">${fonts}</fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.order.length}">${xfs}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}

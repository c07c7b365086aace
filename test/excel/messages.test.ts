/**
 * What the workbook actions report follows the pane's language: every entry of the Swedish catalogue has an
 * English one that reads as English, and the writer and the SIE import answer in the language set.
 */
import { setWriterLanguage } from "../../src/excel/language";
import { en } from "../../src/excel/messages.en";
import { sv } from "../../src/excel/messages.sv";
import { excelErrorMessage, notes, refusal } from "../../src/excel/messages";
import { insertAll } from "../../src/excel/actions";
import { FakeContext } from "./fakeExcel";

/** Every text of a catalogue, its functions called with sample arguments (arrays read as text too). */
function texts(cat: object, path = ""): [string, string][] {
  return Object.entries(cat).flatMap(([k, v]): [string, string][] => {
    const at = path ? `${path}.${k}` : k;
    if (typeof v === "string") return [[at, v]];
    if (typeof v === "function") {
      const args = (x: unknown) => Array.from({ length: v.length }, () => x);
      let out: string;
      try {
        out = v(...args(["X"]));
      } catch {
        out = v(...args(2));
      }
      return [[at, out]];
    }
    return texts(v as object, at);
  });
}

// The workbook's own names (sheet and column headers) are Swedish in both languages.
const WORKBOOK_NAMES = /Mål|Resultatindikator|Utfall|Belopp/g;

afterEach(() => setWriterLanguage("sv"));

describe("the writer's messages", () => {
  it("have the same entries in Swedish and English, and the English ones hold no Swedish", () => {
    const s = texts(sv);
    const e = texts(en);
    expect(e.map(([k]) => k)).toEqual(s.map(([k]) => k));
    for (const [key, t] of e) expect([key, /[åäöÅÄÖ]/.test(t.replace(WORKBOOK_NAMES, ""))]).toEqual([key, false]);
    expect(e.filter(([k], i) => s[i][1] === e[i][1] && !k.endsWith("more")).map(([k]) => k)).toEqual([]);
  });

  it("answer in the language the pane set", async () => {
    const err = { code: "InvalidOperationInCellEditMode", message: "x" };
    expect(excelErrorMessage(err)).toContain("redigeringsläge");
    expect(notes.keptRows(2, "T")).toBe("2 egna rader i T behölls där de står.");
    setWriterLanguage("en");
    expect(excelErrorMessage(err)).toContain("cell-edit mode");
    expect(notes.keptRows(2, "T")).toBe("2 rows of your own in T kept where they are.");
    expect(refusal(["A.", "B."]).message).toBe("Nothing was changed (1 more below). A.");
    expect(en.ledger.amount(101750)).toBe("SEK 101,750");
    expect(en.ledger.amount(-4345.6)).toBe("SEK −4,345.60");
    expect(sv.ledger.amount(4345.6)).toBe("4 345,60 kr");
    const report = await insertAll({ api19: true, api18: true }, new FakeContext().run);
    expect(report.message).toMatch(/^Done: /);
  });
});

import { indicatorArgs } from "../../../src/core/functions/catalogFormula";
import { catalogRows } from "../../../src/core/dataset/exportCatalog";
import { catalog } from "../../../src/core/dataset/lookup";
import { indikator } from "../../../src/core/functions/api";
import { formatCall } from "../../../src/core/functions/formulaText";
import { DomainError } from "../../../src/core/util/errors";

const rows = catalogRows(catalog());

describe("the INDIKATOR call copied from a catalogue row", () => {
  it.each(rows.map((r) => [r.id, r] as const))("%s: returns exactly that row's figure", (_id, row) => {
    const args = indicatorArgs(row, rows);
    const call = () => indikator(...(args as [string, string?, (string | number)?]));
    if (row.value !== null) expect(call()).toEqual([[row.value]]);
    else expect(call).toThrow(DomainError); // a range: #N/A naming the range, as the function documents
  });

  it("uses readable arguments where they name one row, the observation id otherwise", () => {
    const sjuk = rows.find((r) => r.id === "narvarden.sjukfranvaro.2024")!;
    expect(formatCall("INDIKATOR", indicatorArgs(sjuk, rows), "sv")).toBe('=PV.INDIKATOR("sjukfranvaro"; "Närvården Västmanland"; 2024)');
    expect(formatCall("INDIKATOR", indicatorArgs(sjuk, rows), "en")).toBe('=PV.INDIKATOR("sjukfranvaro", "Närvården Västmanland", 2024)');
    const withDimension = rows.find((r) => r.dimension !== null)!;
    expect(indicatorArgs(withDimension, rows)).toEqual([withDimension.id]);
  });
});

describe("formatCall", () => {
  it("writes decimals, booleans and quotes in the style of the user's Excel, and drops trailing empty arguments", () => {
    expect(formatCall("X", [0.5, true, 'a"b', null], "sv")).toBe('=PV.X(0,5; SANT; "a""b")');
    expect(formatCall("X", [0.5, false, null, 3], "en")).toBe("=PV.X(0.5, FALSE, , 3)");
  });
});

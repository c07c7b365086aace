/**
 * The smaller actions checked with Microsoft's office-addin-mock: it enforces load() before reading a
 * property and sync() before the value is available, as Office.js does.
 */
import { OfficeMockObject } from "office-addin-mock";
import { toApiFormula } from "../../src/core/dataset/catalogFilter";
import { writeFormula } from "../../src/excel/actions";

function excelMock() {
  const data = {
    context: {
      workbook: {
        cell: { address: "Blad1!C5", formulas: [[""]] as unknown[][] },
        getActiveCell: function () {
          return this.cell;
        },
      },
    },
    run: async function (callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return new OfficeMockObject(data) as unknown as {
    context: { workbook: { cell: { formulas: unknown[][] } } };
    run: (cb: any) => Promise<any>;
  };
}

describe("write an example formula into the selected cell", () => {
  it("converts Swedish syntax and reports the address", async () => {
    const mock = excelMock();
    const formula = toApiFormula('=PV.INDIKATOR("medicinsk_bedomning_3d"; "Riket"; ; SANT)');
    expect(formula).toBe('=PV.INDIKATOR("medicinsk_bedomning_3d", "Riket", , TRUE)');
    const report = await writeFormula(formula, (b) => mock.run(b));
    expect(report.ok).toBe(true);
    expect(report.message).toBe("Formeln skrevs i Blad1!C5.");
    expect(mock.context.workbook.cell.formulas).toEqual([[formula]]);
  });

  it("keeps separators inside strings and table references", () => {
    expect(toApiFormula("=PV.GRANT_TRACE(Tabell1[#Alla]; 25)")).toBe("=PV.GRANT_TRACE(Tabell1[#All], 25)");
    expect(toApiFormula('=PV.KALLA("a;b"; "Kalmar")')).toBe('=PV.KALLA("a;b", "Kalmar")');
  });
});

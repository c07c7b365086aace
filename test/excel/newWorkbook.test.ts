/** Excel for Mac drops downloads from the pane: the workbook opens through Excel.createWorkbook instead. */
import { canOpenNewWorkbook, downloadsBlocked, openAsNewWorkbook, toBase64 } from "../../src/excel/newWorkbook";
import { referenceWorkbook } from "../../src/xlsx/referenceWorkbook";
import { unzip } from "../xlsx/unzip";

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

function host(platform: string, api18: boolean) {
  g.Office = {
    PlatformType: { Mac: "Mac", PC: "PC", OfficeOnline: "OfficeOnline" },
    context: { platform, requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && (api18 || Number(v) < 1.8) } },
  };
}

describe("opening the workbook in Excel", () => {
  it("base64-encodes large files the same way Node does", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 255);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("is chosen only in Excel for Mac with ExcelApi 1.8; outside Office nothing is blocked", () => {
    expect(downloadsBlocked()).toBe(false);
    expect(canOpenNewWorkbook()).toBe(false);
    host("PC", true);
    expect(downloadsBlocked()).toBe(false);
    host("Mac", false);
    expect([downloadsBlocked(), canOpenNewWorkbook()]).toEqual([true, false]);
    host("Mac", true);
    expect([downloadsBlocked(), canOpenNewWorkbook()]).toEqual([true, true]);
  });

  it("hands Excel the whole workbook", async () => {
    const received: string[] = [];
    g.Excel = { createWorkbook: async (b64: string) => void received.push(b64) };
    const bytes = await referenceWorkbook();
    await openAsNewWorkbook(bytes);
    expect(received).toHaveLength(1);
    const parts = unzip(Buffer.from(received[0], "base64"));
    expect(parts.get("xl/workbook.xml")!.data.toString("utf8")).toContain('<sheet name="Närvården"');
  });
});

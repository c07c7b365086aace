/** The fake Excel rejects what Excel rejects, where the writer relies on it. One test per rule. */
import { ExcelError, FakeContext, type FakeWorkbook, type FakeWorksheet } from "./fakeExcel";

async function withSheet(build?: (wb: FakeWorkbook, s: FakeWorksheet) => void) {
  const ctx = new FakeContext(1.9);
  await ctx.seed((wb) => {
    const s = wb.worksheets.add("Blad1");
    build?.(wb, s);
  });
  return { ctx, sheet: ctx.workbook.sheet("Blad1")! };
}

describe("fake Excel is as strict as Excel", () => {
  it("rejects a table that overlaps another table", async () => {
    const { ctx, sheet } = await withSheet((_, s) => (s.tables.add("A1:B3", true).name = "T1"));
    sheet.tables.add("B2:C4", true);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation", message: expect.stringContaining("overlap") });
    expect(sheet.tableList.map((t) => t.name)).toEqual(["T1"]);
  });

  it("a name whose sheet was deleted reads =#REF!", async () => {
    const { ctx, sheet } = await withSheet((wb, s) => wb.names.add("Mitt", s.getRange("A1")));
    const before = ctx.workbook.names.getItemOrNullObject("Mitt").load("formula");
    await ctx.sync();
    expect(before.formula).toBe("=Blad1!$A$1");
    await ctx.seed((wb) => wb.worksheets.add("Blad2"));
    await ctx.seed(() => sheet.delete());
    const after = ctx.workbook.names.getItemOrNullObject("Mitt").load("formula");
    await ctx.sync();
    expect(after.isNullObject).toBe(false);
    expect(after.formula).toBe("=#REF!");
    // And adding it again without deleting it first is refused.
    ctx.workbook.names.add("Mitt", ctx.workbook.sheet("Blad2")!.getRange("A1"));
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("a workbook keeps one sheet: deleting the last is refused, as in Excel", async () => {
    const { ctx, sheet } = await withSheet(() => undefined);
    sheet.delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(ctx.workbook.sheetList).toEqual([sheet]);
  });

  it("ListRows.add inserts: cells below the table move down, a table below moves whole", async () => {
    const { ctx, sheet } = await withSheet((_, s) => {
      s.getRange("A1:B2").values = [
        ["K", "V"],
        ["a", 1],
      ];
      s.tables.add("A1:B2", true).name = "T1";
      s.getRange("A4").values = [["min anteckning"]];
      s.getRange("D4").values = [["utanför"]];
      s.getRange("A6:B7").values = [
        ["X", "Y"],
        [1, 2],
      ];
      s.tables.add("A6:B7", true).name = "T2";
    });
    ctx.workbook.table("T1")!.rows.add(null, [["b", 2]]);
    await ctx.sync();
    expect(sheet.read("A1:B3")).toEqual([
      ["K", "V"],
      ["a", 1],
      ["b", 2],
    ]);
    expect(sheet.read("A5")).toEqual([["min anteckning"]]);
    expect(sheet.read("A4")).toEqual([[""]]);
    expect(sheet.read("D4")).toEqual([["utanför"]]); // outside the table's columns: stays
    expect(ctx.workbook.table("T2")!.address).toBe("A7:B8");
  });

  it("ListRows.add is refused when it would split a table below", async () => {
    const { ctx, sheet } = await withSheet((_, s) => {
      s.getRange("A1:B2").values = [
        ["K", "V"],
        ["a", 1],
      ];
      s.tables.add("A1:B2", true).name = "T1";
      s.getRange("B5:C6").values = [
        ["X", "Y"],
        [1, 2],
      ];
      s.tables.add("B5:C6", true).name = "T2";
    });
    ctx.workbook.table("T1")!.rows.add(null, [["b", 2]]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation", message: expect.stringContaining("T2") });
    expect(sheet.read("A3")).toEqual([[""]]);
  });

  it("deleting a table row moves the cells below up", async () => {
    const { ctx, sheet } = await withSheet((_, s) => {
      s.getRange("A1:A4").values = [["K"], ["a"], ["b"], ["c"]];
      s.tables.add("A1:A4", true).name = "T1";
      s.getRange("A6").values = [["not"]];
    });
    ctx.workbook.table("T1")!.rows.getItemAt(0).delete();
    await ctx.sync();
    expect(sheet.read("A1:A5")).toEqual([["K"], ["b"], ["c"], [""], ["not"]]);
  });

  it("waterfall charts reject legend, series and axis calls; a strict host also the title", async () => {
    const { ctx, sheet } = await withSheet(
      (_, s) =>
        (s.getRange("A1:B3").values = [
          ["Steg", "Belopp"],
          ["a", 1],
          ["b", -1],
        ]),
    );
    const calls: [string, (c: any) => void][] = [
      ["legend", (c) => (c.legend.position = "Bottom")],
      ["series", (c) => c.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"))],
      ["axis", (c) => (c.axes.valueAxis.title.text = "mnkr")],
    ];
    for (const [, call] of calls) {
      const chart = sheet.charts.add("Waterfall", sheet.getRange("A1:B3"), "Columns");
      call(chart);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "UnsupportedOperation" });
    }
    const ok = sheet.charts.add("Waterfall", sheet.getRange("A1:B3"), "Columns");
    ok.title.text = "Titel";
    await ctx.sync();
    expect(ok.title.text).toBe("Titel");
    ctx.strictWaterfallHost = true;
    sheet.charts.add("Waterfall", sheet.getRange("A1:B3"), "Columns").title.text = "Titel";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "UnsupportedOperation" });
    // The same calls on a column chart are fine.
    const col = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
    for (const [, call] of calls) call(col);
    col.title.text = "Titel";
    await ctx.sync();
    expect(col.legend.position).toBe("Bottom");
  });

  it("a request over 5 MB is refused whole: nothing in it is applied, and a retry in smaller requests starts from there", async () => {
    const { ctx, sheet } = await withSheet((_, s) => (s.getRange("C1").values = [["före"]]));
    const big = "x".repeat(3_000_000);
    sheet.getRange("C1").values = [["ändrad"]];
    sheet.getRange("A1").values = [[big]];
    sheet.getRange("A2").values = [[big]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // Excel applies nothing of a refused request: the first write, small and valid, did not land either.
    const read = sheet.getRange("A1:C2").load("values");
    await ctx.sync();
    expect(read.values).toEqual([
      ["", "", "före"],
      ["", "", ""],
    ]);
    // The retry, one write per request, finds the workbook as it was and leaves it complete.
    sheet.getRange("A1").values = [[big]];
    await ctx.sync();
    sheet.getRange("A2").values = [[big]];
    sheet.getRange("C1").values = [["ändrad"]];
    await ctx.sync();
    const after = sheet.getRange("A1:C2").load("values");
    await ctx.sync();
    expect(after.values.map((r) => r.map((v) => String(v).slice(0, 6)))).toEqual([
      ["xxxxxx", "", "ändrad"],
      ["xxxxxx", "", ""],
    ]);
    expect(ctx.payloadPerSync.slice(-4, -1).every((n) => n <= FakeContext.REQUEST_LIMIT)).toBe(true);
  });

  it("a failure part-way through a batch keeps what ran before it and drops the rest", async () => {
    const { ctx, sheet } = await withSheet();
    sheet.getRange("A1").values = [["först"]];
    sheet.getRange("A2").values = [["sedan"]];
    sheet.getRange("A3").values = [["sist"]];
    ctx.failAfter(2);
    await expect(ctx.sync()).rejects.toBeInstanceOf(ExcelError);
    expect(sheet.read("A1:A3")).toEqual([["först"], ["sedan"], [""]]);
    // An operation Excel rejects stops the batch the same way.
    ctx.workbook.worksheets.add("Ny");
    ctx.workbook.worksheets.add("Blad1");
    ctx.workbook.worksheets.add("Aldrig");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(ctx.workbook.sheetList.map((s) => s.name)).toEqual(["Blad1", "Ny"]);
  });

  it("a sheet that does not exist is refused when the batch runs, not when it is asked for", async () => {
    const { ctx } = await withSheet();
    const missing = ctx.workbook.worksheets.getItem("Finns inte");
    const chart = missing.charts.getItemOrNullObject("X").load("name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(() => chart.isNullObject).toThrow(/not loaded|isNullObject/);
  });

  it("reading a property before load and sync is refused", async () => {
    const { ctx, sheet } = await withSheet();
    const r = sheet.getRange("A1").load("values");
    expect(() => r.values).toThrow(/not loaded/);
    await ctx.sync();
    expect(r.values).toEqual([[""]]);
  });
});

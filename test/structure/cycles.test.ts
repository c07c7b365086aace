/** No two files of src/ import each other in a circle, and the .xlsx executor does not lean on the Office.js one. */
import { cycles, importGraph } from "./importGraph";

const graph = importGraph();

describe("import graph of src/", () => {
  it("reads the imports (the graph is not empty and sees type-only imports)", () => {
    expect(graph.size).toBeGreaterThan(50);
    // applySheets imports its shared types with `import type`; a missed type import would hide a circle.
    expect(graph.get("excel/applySheets.ts")).toContain("excel/types.ts");
    expect(graph.get("excel/sheetWrites.ts")).toContain("core/workbook/ownership.ts");
  });

  it("has no circle", () => {
    expect(cycles(graph).map((c) => c.join(" → "))).toEqual([]);
  });

  it("src/xlsx imports nothing from src/excel", () => {
    const sideways = [...graph].flatMap(([file, deps]) =>
      file.startsWith("xlsx/") ? deps.filter((d) => d.startsWith("excel/")).map((d) => `${file} → ${d}`) : [],
    );
    expect(sideways).toEqual([]);
  });
});

describe("the circle finder", () => {
  it("names a circle of two, a longer one and a self-import, and nothing in a tree", () => {
    const g = new Map<string, string[]>([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts", "c.ts"]],
      ["c.ts", ["d.ts"]],
      ["d.ts", ["e.ts"]],
      ["e.ts", ["c.ts"]],
      ["f.ts", ["f.ts"]],
      ["g.ts", ["a.ts", "c.ts"]],
    ]);
    const found = cycles(g).map((c) => c.join(" → "));
    expect(found.sort()).toEqual(["a.ts → b.ts → a.ts", "c.ts → d.ts → e.ts → c.ts", "f.ts → f.ts"]);
    expect(
      cycles(
        new Map([
          ["a.ts", ["b.ts", "c.ts"]],
          ["b.ts", ["c.ts"]],
          ["c.ts", []],
        ]),
      ),
    ).toEqual([]);
  });
});

/** The executors and the plans stay readable: no function of more than about 80 lines without a reason in a comment. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { longFunctions } from "./functionLength";

describe("function length", () => {
  it("no function in src/excel, src/xlsx or src/core/workbook is over 80 lines without a 'Long because' comment", () => {
    const long = longFunctions(["excel", "xlsx", "core/workbook"], 80).filter((f) => !f.excused);
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it("the scanner names long declarations, arrows and methods, and sees a reason given above them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-len-"));
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  x += ${i};`).join("\n");
    fs.mkdirSync(path.join(dir, "a"));
    fs.writeFileSync(
      path.join(dir, "a", "f.ts"),
      [
        `export function long() {\n  let x = 0;\n${body(10)}\n  return x;\n}`,
        `/** Long because: one table of data. */\nexport function excused() {\n  let x = 0;\n${body(10)}\n  return x;\n}`,
        `const arrow = () => {\n  let x = 0;\n${body(10)}\n  return x;\n};`,
        `class C {\n  method() {\n    let x = 0;\n${body(10)}\n    return x;\n  }\n}`,
        `export function short() {\n  return 1;\n}`,
      ].join("\n\n"),
    );
    const found = longFunctions(["a"], 10, dir);
    fs.rmSync(dir, { recursive: true });
    expect(found.map((f) => [f.name, f.lines, f.excused])).toEqual([
      ["long", 14, false],
      ["excused", 14, true],
      ["arrow", 14, false],
      ["method", 14, false],
    ]);
  });
});

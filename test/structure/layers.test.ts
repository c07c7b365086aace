/**
 * src/core's folders form layers: a folder imports only from itself and from folders earlier in CORE_LAYERS.
 * The README's Layout section quotes the same order (checked below), so the order has one home: this constant.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { importsOf, sourceFiles, SRC, type ImportRef } from "./importGraph";

/** Lowest first; README.md's Layout section quotes this order. */
export const CORE_LAYERS = ["util", "i18n", "dataset", "ledger", "audit", "grants", "sie", "kolada", "workbook", "functions"] as const;

const ROOT = path.resolve(SRC, "..");
const CORE = path.join(SRC, "core");
const DATA = path.join(SRC, "data");

interface Import extends ImportRef {
  file: string;
}

const layerOf = (abs: string): string => path.relative(CORE, abs).split(path.sep)[0];
const rank = (layer: string): number => (CORE_LAYERS as readonly string[]).indexOf(layer);
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** What is wrong with one import of a core file, or null. */
export function violation(imp: Import): string | null {
  const where = `${path.relative(ROOT, imp.file)}:${imp.line} imports "${imp.specifier}"`;
  if (!imp.specifier.startsWith(".")) {
    if (NODE_ONLY.has(imp.specifier) || NODE_ONLY.has(imp.specifier.split("/")[0])) return `${where}: a Node-only module in core`;
    if (/^office|^@microsoft\/office/.test(imp.specifier)) return `${where}: Office in core`;
    return null;
  }
  const target = path.resolve(path.dirname(imp.file), imp.specifier);
  if (!target.startsWith(CORE + path.sep)) {
    return target.startsWith(DATA + path.sep) ? null : `${where}: outside src/core (only src/data may be read)`;
  }
  const from = layerOf(imp.file);
  const to = layerOf(target);
  if (rank(to) < 0) return `${where}: "${to}" is not in CORE_LAYERS`;
  if (rank(to) > rank(from)) {
    return `${where}: ${from}/ is below ${to}/ in CORE_LAYERS (${CORE_LAYERS.join(" → ")}); move the shared piece down`;
  }
  return null;
}

const files = sourceFiles(CORE);
const imports: Import[] = files.flatMap((file) => importsOf(fs.readFileSync(file, "utf8")).map((i) => ({ ...i, file })));

describe("src/core's folders import only downward", () => {
  it("finds the core's files and their imports", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(150);
  });

  it("lists every folder of src/core in CORE_LAYERS, and no file sits directly in src/core", () => {
    const unlisted = [...new Set(files.map(layerOf))].filter((l) => rank(l) < 0);
    expect(unlisted).toEqual([]);
  });

  it("has no import from a lower folder to a higher one, none leaving src/core (but for src/data), none of Node or Office (circles: cycles.test.ts)", () => {
    expect(imports.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it("is the order the README's Layout section states", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const layout = readme.slice(readme.indexOf("## Layout"), readme.indexOf("\n## ", readme.indexOf("## Layout") + 1));
    expect(layout).toContain(CORE_LAYERS.map((l) => `\`${l}/\``).join(" → "));
  });

  it("would notice an upward, a sideways-out and a Node import (the check itself can fail)", () => {
    const file = path.join(CORE, "dataset/lookup.ts");
    const found = importsOf(
      [
        'import { relate } from "../audit/compare";',
        'import type { Raw } from "../functions/args";',
        'export { x } from "../../excel/write";',
        'const fs = require("fs");',
        'type T = import("../workbook/layout").Layout;',
        'import { fail } from "../util/errors";',
        'import data from "../../data/entities.json";',
      ].join("\n"),
    ).map((i) => ({ ...i, file }));
    expect(found.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(found.map((i) => violation(i) !== null)).toEqual([true, true, true, true, true, false, false]);
  });
});

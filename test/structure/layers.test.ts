/**
 * src/core's folders form layers: a folder imports only from itself and from folders earlier in CORE_LAYERS.
 * The README's Layout section quotes the same order (checked below), so the order has one home: this constant.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import * as ts from "typescript";

/** Lowest first. `ledger/` (the grant ledger's columns) sits right above the dataset once it exists. */
export const CORE_LAYERS = ["util", "i18n", "dataset", "ledger", "audit", "grants", "sie", "kolada", "workbook", "functions"] as const;

const ROOT = path.resolve(__dirname, "../..");
const CORE = path.join(ROOT, "src/core");
const DATA = path.join(ROOT, "src/data");

interface Import {
  file: string;
  specifier: string;
  line: number;
}

/** Every module a source text names: import/export … from, import type, import(), require(), import x = require(). */
export function importsOf(file: string, text: string): Import[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Import[] = [];
  const add = (node: ts.Node, spec: ts.Expression | undefined) => {
    if (spec && ts.isStringLiteralLike(spec)) {
      out.push({ file, specifier: spec.text, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require"))
        add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
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

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const files = walk(CORE);
const imports = files.flatMap((f) => importsOf(f, fs.readFileSync(f, "utf8")));

describe("src/core's folders import only downward", () => {
  it("finds the core's files and their imports", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(150);
  });

  it("lists every folder of src/core in CORE_LAYERS, and no file sits directly in src/core", () => {
    const unlisted = [...new Set(files.map(layerOf))].filter((l) => rank(l) < 0);
    expect(unlisted).toEqual([]);
  });

  it("has no import from a lower folder to a higher one, none leaving src/core (but for src/data), none of Node or Office", () => {
    expect(imports.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it("has no circle between core's files", () => {
    const graph = new Map<string, string[]>();
    for (const i of imports) {
      if (!i.specifier.startsWith(".")) continue;
      const base = path.resolve(path.dirname(i.file), i.specifier);
      const target = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((p) => files.includes(p));
      if (target) graph.set(i.file, [...(graph.get(i.file) ?? []), target]);
    }
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        circles.push([...trail.slice(trail.indexOf(f)), f].map((p) => path.relative(CORE, p)).join(" → "));
        return;
      }
      state.set(f, "open");
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(circles).toEqual([]);
  });

  it("is the order the README's Layout section states", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const layout = readme.slice(readme.indexOf("## Layout"), readme.indexOf("\n## ", readme.indexOf("## Layout") + 1));
    expect(layout).toContain(CORE_LAYERS.map((l) => `\`${l}/\``).join(" → "));
  });

  it("would notice an upward, a sideways-out and a Node import (the check itself can fail)", () => {
    const file = path.join(CORE, "dataset/lookup.ts");
    const found = importsOf(
      file,
      [
        'import { relate } from "../audit/compare";',
        'import type { Raw } from "../functions/args";',
        'export { x } from "../../excel/write";',
        'const fs = require("fs");',
        'type T = import("../workbook/layout").Layout;',
        'import { fail } from "../util/errors";',
        'import data from "../../data/entities.json";',
      ].join("\n"),
    );
    expect(found.map((i) => i.specifier)).toHaveLength(7);
    expect(found.map((i) => violation(i) !== null)).toEqual([true, true, true, true, true, false, false]);
  });
});

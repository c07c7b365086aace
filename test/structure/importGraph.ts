/** The import graph of src/: every relative import (values, types, re-exports, dynamic import()) between its files. */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

export const SRC = path.resolve(__dirname, "../../src");

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

export interface ImportRef {
  specifier: string;
  /** 1-based. */
  line: number;
}

/** Every module a source text names (values, types, re-exports, import(), require()), with its line. */
export function importsOf(text: string): ImportRef[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({
    specifier: f.fileName,
    line: text.slice(0, f.pos).split("\n").length,
  }));
}

/** The source file a relative import names; null for a package or a non-source file (JSON). */
export function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  const tries = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return tries.find((p) => fs.existsSync(p) && fs.statSync(p).isFile() && /\.tsx?$/.test(p)) ?? null;
}

/** File (relative to src/, with "/") → the src files it imports. */
export function importGraph(root = SRC): Map<string, string[]> {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const deps = importsOf(fs.readFileSync(file, "utf8"))
      .map((i) => resolve(file, i.specifier))
      .filter((p): p is string => p !== null);
    graph.set(rel(file), [...new Set(deps.map(rel))]);
  }
  return graph;
}

/** Every group of files that import each other in a circle (strongly connected components, Tarjan), with one circle spelled out. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(circleIn(graph, group));
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** One circle through the group's first file: a → b → … → a. */
function circleIn(graph: Map<string, string[]>, group: string[]): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0];
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = prev.get(x)!) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return group;
}

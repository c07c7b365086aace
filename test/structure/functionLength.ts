/** Functions in src/ longer than a limit, found with the TypeScript parser (declarations, methods, arrows, function expressions). */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { SRC } from "./importGraph";

export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
  /** The comment above it names a reason ("Long because …"). */
  excused: boolean;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return "(anonymous)";
}

/** Functions of more than `limit` lines in the given folders of src/ (e.g. "excel"). */
export function longFunctions(folders: string[], limit: number, root = SRC): LongFunction[] {
  const out: LongFunction[] = [];
  for (const folder of folders) {
    for (const file of files(path.join(root, folder))) {
      const text = fs.readFileSync(file, "utf8");
      const sf = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && (node as { body?: ts.Node }).body) {
          const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
          const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > limit) {
            // The comment that precedes the statement holding the function (a declaration or `const x = () =>`).
            let holder: ts.Node = node;
            while (holder.parent && !ts.isSourceFile(holder.parent) && !ts.isBlock(holder.parent) && !ts.isClassDeclaration(holder.parent))
              holder = holder.parent;
            const comments = (ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end));
            out.push({
              file: path.relative(root, file).split(path.sep).join("/"),
              name: nameOf(node),
              line: start + 1,
              lines: end - start + 1,
              excused: comments.some((c) => /long because/i.test(c)),
            });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

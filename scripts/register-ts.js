// Lets Node `require()` the project's TypeScript and TSX (src/core, src/build, the pane's first view) from webpack.config.js and
// the bench scripts, by transpiling each .ts file to CommonJS on load. No type checking here:
// `npm run typecheck` and ts-jest do that.
const fs = require("fs");
const ts = require("typescript");

if (!require.extensions[".ts"]) {
  require.extensions[".ts"] = require.extensions[".tsx"] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    module._compile(out.outputText, filename);
  };
}

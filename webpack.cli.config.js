/* eslint-disable no-undef */
// The command-line tools' code (scripts/entries/*.ts → src/core, src/xlsx), bundled once for Node so that
// `npm run sie|kolada|xlsx` start without transpiling TypeScript. scripts/built.js runs this when the bundle is
// missing or older than any file it was built from, into a fresh directory given by CLI_OUT_DIR.
const fs = require("fs");
const path = require("path");

const ROOT = __dirname;
const OUT = process.env.CLI_OUT_DIR || path.join(ROOT, ".build", "cli");

/** Writes inputs.json: the project files the bundles were built from and when the build started. */
class InputsPlugin {
  apply(compiler) {
    const started = Date.now();
    compiler.hooks.done.tap("CliInputs", (stats) => {
      if (stats.hasErrors()) return;
      const files = [...stats.compilation.fileDependencies]
        .filter((f) => f.startsWith(ROOT + path.sep) && !f.includes(`${path.sep}node_modules`) && fs.statSync(f).isFile())
        .map((f) => path.relative(ROOT, f))
        .sort();
      fs.writeFileSync(path.join(OUT, "inputs.json"), JSON.stringify({ started, files }, null, 1));
    });
  }
}

module.exports = {
  mode: "production",
  target: "node20",
  context: ROOT,
  entry: Object.fromEntries(["sie", "kolada", "xlsx"].map((n) => [n, `./scripts/entries/${n}.ts`])),
  output: { path: OUT, filename: "[name].js", library: { type: "commonjs2" }, clean: false },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-only",
  plugins: [new InputsPlugin()],
};

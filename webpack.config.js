/* eslint-disable no-undef */
// Builds the task pane, the custom functions and the ribbon commands for one shared runtime.
// Production URLs come from one setting: ADDIN_URL (default https://localhost:3000/).
require("./scripts/register-ts");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { httpsOptions } = require("./scripts/https-options");

const DEV_URL = "https://localhost:3000/";
const ADDIN_URL = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
// Full URLs first, then bare origins (the manifest's <AppDomain> has no trailing slash).
const rewriteUrls = (text) => text.split(DEV_URL).join(ADDIN_URL).split(new URL(DEV_URL).origin).join(new URL(ADDIN_URL).origin);

/** The Kolada snapshot IT made with `npm run kolada -- --snapshot`, checked; null when there is none. */
function koladaSnapshot() {
  const file = path.resolve(__dirname, "src/data/kolada-snapshot.json");
  if (!require("fs").existsSync(file)) return null;
  const doc = JSON.parse(require("fs").readFileSync(file, "utf8"));
  const r = require("./src/core/kolada/snapshot.ts").readSnapshot(doc);
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return doc;
}

/** `text` with `marker` replaced by `by`; the marker must occur exactly once. */
function insertOnce(text, marker, by) {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`taskpane.html: ${marker} must occur exactly once`);
  return text.slice(0, at) + by + text.slice(at + marker.length);
}

/** Emits functions.sv-SE.json, help pages, indicators.json/.csv, audit.json and the .xlsx workbook; rewrites URLs. */
class AddinArtifactsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinArtifacts", (compilation) => {
      let shellOfThisBuild;
      const renderShellOnce = () => (shellOfThisBuild ??= require("./src/build/shell.tsx").renderShell());
      compilation.hooks.processAssets.tap({ name: "AddinArtifacts", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const meta = compilation.getAsset("functions.json");
        if (!meta) return; // metadata errors are already reported by CustomFunctionsMetadataPlugin
        // Fresh copies of the TS modules on every (re)build, so watch mode picks up data edits.
        for (const k of Object.keys(require.cache)) if (k.includes(`${path.sep}src${path.sep}`)) delete require.cache[k];
        const { buildArtifacts } = require("./src/build/artifacts.ts");
        const functionsJson = rewriteUrls(meta.source.source().toString());
        compilation.updateAsset("functions.json", new webpack.sources.RawSource(functionsJson));
        for (const [file, text] of Object.entries(buildArtifacts(functionsJson))) {
          compilation.emitAsset(file, new webpack.sources.RawSource(text));
        }
      });
      // The first view, prerendered (src/build/shell.tsx): its copies, styles and the inline boot script into taskpane.html.
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("AddinArtifacts", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const shell = renderShellOnce();
        // The pane's code (src/taskpane/main.tsx) is fetched with the page and run once the first view is painted.
        const pane = compilation.namedChunkGroups.get("pane");
        const files = pane ? pane.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith(".js")) : [];
        if (!files.length) throw new Error("taskpane.html: the pane chunk (src/taskpane/main.tsx) is missing");
        // The page's own scripts are fetched before office.js, not after it: office.js blocks the parser, and the
        // browser holds back later low-priority requests while a blocking script in <head> loads. Deferred scripts
        // still run after the page is parsed (after office.js), so only the fetch moves.
        const office = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
        const deferred = [...data.html.matchAll(/<script defer="defer" src="[^"]+"><\/script>|<script defer src="[^"]+"><\/script>/g)].map(
          (m) => m[0],
        );
        if (!deferred.length) throw new Error("taskpane.html: no deferred scripts to move before office.js");
        for (const d of deferred) data.html = insertOnce(data.html, d, "");
        // At high priority: a deferred script is fetched at low priority, and the browser then delivers these few
        // hundred bytes only after office.js's own requests, well after the first paint, while the pane's start
        // (src/taskpane/index.ts) waits for them.
        const urgent = deferred.map((d) => d.replace("<script ", '<script fetchpriority="high" '));
        // The pane's chunk runs as a deferred script too, before the entry: running it only registers its modules (none
        // is evaluated), and the entry's import() of it then resolves at once instead of after another request.
        const paneScripts = files.map((f) => `<script fetchpriority="high" defer src="${f}"></script>`);
        const entryAt = urgent.findIndex((d) => /taskpane\.js/.test(d));
        if (entryAt < 0) throw new Error("taskpane.html: the entry script taskpane.js is missing");
        urgent.splice(entryAt, 0, ...paneScripts);
        data.html = insertOnce(data.html, office, `${urgent.join("")}${office}`);
        // The boot script goes in now, and is minified with the page; the copy and its styles go in after (below).
        data.html = insertOnce(data.html, '<div id="root"></div>', `<div id="root"></div><script>${shell.boot}</script>`);
        return data;
      });
      // The prerendered copy and its style rules go in after the page is minified, exactly as React and Griffel wrote
      // them: the pane hydrates the copy (so React's <!--$--> markers must stay) and Griffel's cache is keyed by the
      // exact text of each rule, one per line (src/taskpane/griffelCache.ts).
      compilation.hooks.processAssets.tap({ name: "AddinArtifacts", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const page = compilation.getAsset("taskpane.html");
        if (!page) return;
        const shell = renderShellOnce();
        let html = page.source.source().toString();
        const root = /<div id="?root"?><\/div>/.exec(html);
        if (!root) throw new Error("taskpane.html: <div id=root> is missing");
        html = insertOnce(html, root[0], `${root[0]}${shell.body}`);
        html = insertOnce(html, "</head>", `${shell.head}</head>`);
        compilation.updateAsset("taskpane.html", new webpack.sources.RawSource(html));
      });
      // The boot script is inline (no request before the first paint); the page's policy allows it by its hash,
      // taken from the page as written, after every minimiser.
      compilation.hooks.processAssets.tap({ name: "AddinArtifacts", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const page = compilation.getAsset("taskpane.html");
        if (!page) return;
        const html = page.source.source().toString();
        const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
        const hashes = inline.map((js) => `'sha256-${require("crypto").createHash("sha256").update(js).digest("base64")}'`);
        // Idempotent: a page re-emitted unchanged in watch mode may already carry them.
        const csp = html.replace(/script-src 'self'(?: 'sha256-[^']+')*/, ["script-src 'self'", ...hashes].join(" "));
        compilation.updateAsset("taskpane.html", new webpack.sources.RawSource(csp));
      });
      // The reference workbook as .xlsx beside indicators.csv, from the plans the add-in writes (src/xlsx).
      compilation.hooks.processAssets.tapPromise(
        { name: "AddinArtifacts", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { referenceWorkbook, WORKBOOK_FILE } = require("./src/xlsx/referenceWorkbook.ts");
          compilation.emitAsset(WORKBOOK_FILE, new webpack.sources.RawSource(Buffer.from(await referenceWorkbook())));
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  // The prerendered view (src/build/shell.tsx) is rendered here, in Node, by the React and Fluent the page runs:
  // their production code in a production build, so the markup is what the pane then hydrates, class for class.
  if (!dev) process.env.NODE_ENV = "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.PV_DIST_DIR || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    optimization: {
      // One runtime for the three entries on the task-pane page, so the dataset is evaluated once.
      runtimeChunk: "single",
      splitChunks: { chunks: "all", cacheGroups: { defaultVendors: false } },
    },
    performance: { maxEntrypointSize: 400000, maxAssetSize: 400000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new AddinArtifactsPlugin(),
      new webpack.DefinePlugin({ __KOLADA_SNAPSHOT__: JSON.stringify(koladaSnapshot()) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions.js stays an entry for the manifest's Script URL; on the page the pane imports the same module
        // right after its first render (src/taskpane/main.tsx), so the dataset and audit are not in the initial JS.
        chunks: ["runtime", "taskpane", "commands"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteUrls(content.toString()) },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
      devMiddleware: { writeToDisk: true },
    },
  };
};

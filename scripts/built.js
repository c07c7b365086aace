// Loads a command-line tool's code from its bundle in .build/cli (webpack.cli.config.js), building the bundles
// first when they are missing or older than any file they were built from, so a fresh clone (CI) works and an
// edited src/ is never run stale. Starting from the bundle takes tens of milliseconds; transpiling TypeScript on
// every start (scripts/register-ts.js) took half a second.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, ".build", "cli");
/** Files that shape every bundle besides the ones webpack reports. */
const ALWAYS = ["webpack.cli.config.js", "package.json", path.join("scripts", "built.js")];

/** Why the bundles must be rebuilt, or null when they are current. */
function staleness() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(OUT, "inputs.json"), "utf8"));
  } catch {
    return "inga byggda filer";
  }
  for (const f of [...ALWAYS, ...inputs.files]) {
    let m;
    try {
      m = fs.statSync(path.join(ROOT, f)).mtimeMs;
    } catch {
      return `${f} saknas`;
    }
    if (m > inputs.started) return `${f} är ändrad`;
  }
  return null;
}

/** Builds into a fresh directory and moves each file into place (a rename is atomic: a reader never sees half a file). */
function build() {
  const tmp = fs.mkdtempSync(path.join(ROOT, ".build", "cli-"));
  try {
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    const r = spawnSync(process.execPath, [cli, "--config", path.join(ROOT, "webpack.cli.config.js")], {
      cwd: ROOT,
      env: { ...process.env, CLI_OUT_DIR: tmp },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`Kunde inte bygga kommandoradsverktygen:\n${r.stdout}${r.stderr}`);
    fs.mkdirSync(OUT, { recursive: true });
    const files = fs.readdirSync(tmp).filter((f) => f !== "inputs.json");
    for (const f of files) fs.renameSync(path.join(tmp, f), path.join(OUT, f));
    fs.renameSync(path.join(tmp, "inputs.json"), path.join(OUT, "inputs.json"));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Builds the bundles when they are missing or stale. */
function ensureBuilt() {
  fs.mkdirSync(path.join(ROOT, ".build"), { recursive: true });
  if (staleness() !== null) build();
}

/** The exports of scripts/entries/NAME.ts, from its bundle. */
function loadBuilt(name) {
  ensureBuilt();
  return require(path.join(OUT, `${name}.js`));
}

module.exports = loadBuilt;
module.exports.ensureBuilt = ensureBuilt;
module.exports.staleness = staleness;

if (require.main === module) ensureBuilt();

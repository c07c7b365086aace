// `ADDIN_URL=https://server/path/ npm run build:deploy`: the production build for a region's server.
// Refuses to run without an HTTPS ADDIN_URL, and fails if any built file still names localhost, so a
// manifest meant for a server never points at a developer's machine. Optional ADDIN_VERSION (1.0.1.0)
// sets the manifest's <Version>; bump it whenever the manifest changes (README, "Driftsättning").
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.resolve(ROOT, process.env.PV_DIST_DIR || "dist");
const LOCAL = /localhost|127\.0\.0\.1|\[::1\]/i;

function fail(message) {
  console.error(`build:deploy: ${message}`);
  process.exit(1);
}

const url = process.env.ADDIN_URL;
if (!url)
  fail("ADDIN_URL saknas. Ange adressen där dist/ ska ligga, t.ex. ADDIN_URL=https://tillagg.region.se/naravard/ npm run build:deploy");
let parsed;
try {
  parsed = new URL(url);
} catch {
  fail(`ADDIN_URL "${url}" är ingen giltig adress.`);
}
if (parsed.protocol !== "https:") fail(`ADDIN_URL måste börja med https:// (Office laddar bara tillägg över HTTPS), inte "${url}".`);
if (LOCAL.test(parsed.hostname))
  fail(
    `ADDIN_URL pekar på den egna datorn (${parsed.hostname}); en driftsättning behöver serverns adress. Använd npm run build för lokal test.`,
  );
if (parsed.search || parsed.hash) fail(`ADDIN_URL får inte ha ? eller #: "${url}".`);
const version = process.env.ADDIN_VERSION;
if (version && !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version))
  fail(`ADDIN_VERSION ska ha fyra delar, t.ex. 1.0.1.0 (fick "${version}").`);

const webpack = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, PV_DIST_DIR: OUT },
});
if (webpack.status !== 0) fail("webpack misslyckades.");

const manifestPath = path.join(OUT, "manifest.xml");
if (version) {
  const m = fs.readFileSync(manifestPath, "utf8");
  fs.writeFileSync(manifestPath, m.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`));
}

/** Every text file under dir that names the local machine, with the first such line. */
function localReferences(dir) {
  const hits = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|js|json|xml|txt|csv)$/.test(e.name)) {
        const line = fs
          .readFileSync(p, "utf8")
          .split("\n")
          .find((l) => LOCAL.test(l));
        if (line) hits.push(`${path.relative(dir, p)}: ${line.trim().slice(0, 120)}`);
      }
    }
  };
  walk(dir);
  return hits;
}

const hits = localReferences(OUT);
if (hits.length) fail(`bygget innehåller fortfarande lokala adresser:\n  ${hits.join("\n  ")}`);
const manifest = fs.readFileSync(manifestPath, "utf8");
if (!manifest.includes(`${url.replace(/\/?$/, "/")}taskpane.html`)) fail("manifest.xml pekar inte på ADDIN_URL.");
console.log(
  `Klart: ${path.relative(ROOT, OUT) || "."}/ är byggd för ${url}${version ? `, manifestversion ${version}` : ""}. Lägg hela mappen på servern (README, Driftsättning).`,
);

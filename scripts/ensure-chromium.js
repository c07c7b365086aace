// Browser tests drive Debian's Chromium. Installs it with apt where it is missing and we may (root);
// otherwise says how. Never downloads a browser of a test tool's own.
const fs = require("fs");
const { execSync } = require("child_process");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (fs.existsSync(CHROMIUM)) process.exit(0);
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && fs.existsSync("/usr/bin/apt-get")) {
  console.log("Chromium saknas: installerar Debians paket chromium …");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  process.exit(fs.existsSync(CHROMIUM) ? 0 : 1);
}
console.error(`Chromium saknas på ${CHROMIUM}. Installera det (sudo apt-get install -y chromium) eller ange CHROMIUM_PATH.`);
process.exit(1);

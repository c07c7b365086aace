// Installs a Debian package where its program is missing and we may (root with apt-get); otherwise says how.
// Used by the test set-up for Chromium, LibreOffice Calc and poppler. Never downloads anything but Debian packages.
const fs = require("fs");
const { execSync } = require("child_process");

/** Ensures `bin` exists, installing `packages` with apt-get when run as root. Returns true when present. */
function ensureApt(bin, packages, label) {
  if (fs.existsSync(bin)) return true;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && fs.existsSync("/usr/bin/apt-get")) {
    console.log(`${label} saknas: installerar Debians paket ${packages.join(" ")} …`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 ${packages.join(" ")}`, {
      stdio: "inherit",
    });
    return fs.existsSync(bin);
  }
  console.error(`${label} saknas på ${bin}. Installera det (sudo apt-get install -y ${packages.join(" ")}).`);
  return false;
}

module.exports = { ensureApt };

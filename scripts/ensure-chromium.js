// Browser tests drive Debian's Chromium. Installs it with apt where it is missing and we may (root);
// otherwise says how. Never downloads a browser of a test tool's own.
const { ensureApt } = require("./ensure-apt");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
process.exit(ensureApt(CHROMIUM, ["chromium"], "Chromium") ? 0 : 1);

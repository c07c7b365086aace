// The .xlsx tests open the workbook in LibreOffice Calc headless and read its PDF with poppler's pdftotext:
// Debian's libreoffice-calc-nogui and poppler-utils, installed here like Chromium.
const { ensureApt } = require("./ensure-apt");

const soffice = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const ok =
  ensureApt(soffice, ["libreoffice-calc-nogui"], "LibreOffice Calc") &&
  ensureApt("/usr/bin/pdftotext", ["poppler-utils"], "pdftotext (poppler)");
process.exit(ok ? 0 : 1);

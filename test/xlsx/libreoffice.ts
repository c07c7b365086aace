/** LibreOffice Calc headless (Debian's libreoffice-calc-nogui) and poppler's pdftotext, for the .xlsx tests. */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
export const PDFTOTEXT = "/usr/bin/pdftotext";

export function requireTools(): void {
  for (const [bin, pkg] of [
    [SOFFICE, "libreoffice-calc-nogui"],
    [PDFTOTEXT, "poppler-utils"],
  ])
    if (!fs.existsSync(bin)) throw new Error(`${bin} saknas: kör "apt-get install -y ${pkg}" (görs av .ci/run och npm test).`);
}

/** A private LibreOffice profile per test file, so parallel runs never share a lock. */
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pv-lo-profile-"));

/** `soffice --convert-to`; returns the files it wrote in outDir. */
export function convert(file: string, filter: string, outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const before = new Set(fs.readdirSync(outDir));
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  return fs
    .readdirSync(outDir)
    .filter((f) => !before.has(f))
    .map((f) => path.join(outDir, f));
}

/**
 * CSV filter options: comma, double quote, UTF-8, en-US, every sheet to its own file (token 12 = -1).
 * Token 9 false writes raw values (LibreOffice still appends % to percentages); true writes them as shown.
 */
export const csvFilter = (asShown: boolean) => `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,${asShown},false,false,-1`;

export { parseCsv } from "./csv";

export function cleanup(): void {
  fs.rmSync(profile, { recursive: true, force: true });
}

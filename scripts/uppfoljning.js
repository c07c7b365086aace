#!/usr/bin/env node
// npm run -s uppfoljning -- --sie FILE [...] [--json]: the follow-up model (src/core/followup) over a SIE file, from
// the command line. Thin shell: reads the files, prints, exits (1 for a file it cannot read, 2 for bad arguments).
require("./register-ts");
const fs = require("fs");
const path = require("path");
const { SieReader } = require("../src/core/sie/reader.ts");
const { messageFor } = require("../src/core/i18n/index.ts");
const cli = require("../src/cli/uppfoljning.ts");

function die(message, code = 1) {
  process.stderr.write(message + "\n");
  process.exit(code);
}

let opts;
try {
  opts = cli.parseFollowupArgs(process.argv.slice(2));
} catch (e) {
  die(e.message, 2);
}
if (opts.help) {
  process.stdout.write(cli.USAGE + "\n");
  process.exit(0);
}

function readText(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    die(`Kan inte läsa ${file}: ${e.code === "ENOENT" ? "filen finns inte" : e.message}.`);
  }
}

const reader = new SieReader();
let fd;
try {
  fd = fs.openSync(opts.sie, "r");
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, n).slice());
    if (reader.failed) break;
  }
} catch (e) {
  die(`Kan inte läsa ${opts.sie}: ${e.code === "ENOENT" ? "filen finns inte" : e.code === "EISDIR" ? "det är en mapp" : e.message}.`);
} finally {
  if (fd !== undefined) fs.closeSync(fd);
}
const result = reader.end();
if (!result.ok) die(`${opts.sie}: ${messageFor(result.error, "sv")}`);

let run;
try {
  run = cli.runFollowup(result.books, opts, opts.insatser ? readText(opts.insatser) : null);
} catch (e) {
  die(cli.describeError(e, (d) => messageFor(d, "sv")));
}

async function writeXlsx() {
  const { followupWorkbook } = require("../src/xlsx/followupWorkbook.ts");
  const bytes = await followupWorkbook(run, result.books, {
    file: path.basename(opts.sie),
    areaSource: opts.insatser ? path.basename(opts.insatser) : undefined,
    projectDim: opts.projectDim,
    ranges: opts.ranges,
  });
  fs.mkdirSync(path.dirname(path.resolve(opts.xlsx)), { recursive: true });
  fs.writeFileSync(opts.xlsx, bytes);
}

(async () => {
  if (opts.xlsx) await writeXlsx();
  process.stdout.write((opts.json ? JSON.stringify(cli.followupJson(run.crosswalk), null, 2) : cli.followupText(run)) + "\n");
})().catch((e) => die(cli.describeError(e, (d) => messageFor(d, "sv"))));

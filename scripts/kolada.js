// `npm run kolada -- …`: thin Node shell over src/cli/kolada.ts (fetch, files and output only).
const fs = require("fs");
const path = require("path");
const { runCli } = require("./built")("kolada"); // src/cli/kolada.ts, bundled (scripts/built.js)

runCli(process.argv.slice(2), {
  fetch: (url, init) => fetch(url, init),
  env: process.env,
  out: (t) => process.stdout.write(t + "\n"),
  err: (t) => process.stderr.write(t + "\n"),
  writeFile: (file, text) => {
    const full = path.resolve(process.cwd(), file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    const tmp = `${full}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, full);
  },
}).then((code) => {
  process.exitCode = code;
});

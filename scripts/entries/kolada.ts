// What scripts/kolada.js uses from core, bundled for Node by webpack.cli.config.js (see scripts/built.js).
export { runCli } from "../../src/cli/kolada";

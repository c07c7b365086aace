// What scripts/sie.js uses from core, bundled for Node by webpack.cli.config.js (see scripts/built.js).
export { SieReader } from "../../src/core/sie/reader";
export { reconciliationText, summarize } from "../../src/core/sie/summary";
export { messageFor } from "../../src/core/i18n";
export { formatNumber } from "../../src/core/util/text";

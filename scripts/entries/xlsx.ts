// What scripts/xlsx.js uses, bundled for Node by webpack.cli.config.js (see scripts/built.js).
export { referenceWorkbook, WORKBOOK_FILE } from "../../src/xlsx/referenceWorkbook";

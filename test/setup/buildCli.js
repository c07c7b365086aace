// Jest globalSetup: builds the command-line tools' bundles (scripts/built.js) once, before any test spawns
// `node scripts/sie.js|kolada.js|xlsx.js`, so no test waits for a build under its own timeout.
module.exports = () => require("../../scripts/built").ensureBuilt();

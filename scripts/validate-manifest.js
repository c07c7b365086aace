// `npm run validate`: offline manifest check (see manifest-check.js). Exit code 1 on any error.
const path = require("path");
const fs = require("fs");
const { checkManifest } = require("./manifest-check");

const file = path.resolve(process.argv[2] || "manifest.xml");
const dist = path.resolve(__dirname, "..", "dist");
checkManifest(file, { root: path.resolve(__dirname, ".."), dist: fs.existsSync(path.join(dist, "functions.json")) ? dist : undefined })
  .then(({ errors, info }) => {
    if (errors.length) {
      console.error(`Manifestet ${path.basename(file)} har ${errors.length} fel:`);
      for (const e of errors) console.error(`  ✗ ${e}`);
      process.exit(1);
    }
    console.log(`Manifestet ${path.basename(file)} är giltigt (offline-kontroll): namnrymd ${info.namespace}, ${info.sets.length} kravuppsättningar, ${info.resids.length} resid, ${Object.keys(info.icons).length} ikoner, ursprung ${info.origin}.`);
    console.log("Microsofts onlinevalidering: npm run validate:online (kräver internet).");
  })
  .catch((e) => {
    console.error(`Kunde inte läsa manifestet: ${e.message}`);
    process.exit(1);
  });

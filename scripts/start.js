// `npm start`: serves the add-in over HTTPS on https://localhost:3000 and sideloads it into Excel where
// Excel can exist (Windows, macOS). Elsewhere it keeps serving and says how to sideload by hand.
const { spawn } = require("child_process");


const desktop = process.platform === "win32" || process.platform === "darwin";

function run(cmd, args) {
  const child = spawn(process.execPath, [cmd, ...args], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  return child;
}

if (desktop && !process.env.PV_NO_SIDELOAD) {
  // office-addin-debugging starts `npm run dev-server`, waits for it and sideloads manifest.xml.
  run(require.resolve("office-addin-debugging/cli.js"), ["start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  const lines = [
    "",
    "Nära vård-indikatorer körs på https://localhost:3000 (panel: /taskpane.html, funktioner: /functions.json).",
    "Excel finns inte på den här datorn, så tillägget läses inte in automatiskt. Så gör du:",
    "  • Excel på webben: öppna en arbetsbok › Start › Tillägg › Fler tillägg › Mina tillägg ›",
    "    Ladda upp mitt tillägg › välj manifest.xml i projektmappen.",
    "  • Excel för Windows/Mac: kör `npm start` där, eller dela mappen med manifest.xml som betrodd",
    "    tilläggskatalog (Arkiv › Alternativ › Säkerhetscenter › Betrodda tilläggskataloger).",
    "  • Webbläsaren måste lita på utvecklarcertifikatet: ~/.office-addin-dev-certs/ca.crt.",
    "Avsluta med Ctrl+C.",
    "",
  ];
  console.log(lines.join("\n"));
  run(require.resolve("webpack-cli/bin/cli.js"), ["serve", "--mode", "development"]);
}


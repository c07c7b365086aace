// HTTPS certificate for the dev server. Uses office-addin-dev-certs (which also trusts its CA where it
// can). On Linux without sudo, trusting fails: the certificates are then generated without being
// installed, and the server still runs; Excel on the web needs the CA trusted once by hand (README).
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");

async function httpsOptions() {
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (err) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      await generateCertificates();
    }
    console.warn(
      `\n[https] Kunde inte installera utvecklarcertifikatet (${err.message.split("\n")[0]}).\n` +
        `[https] Servern kör ändå med ett självsignerat certifikat. Lita på CA-filen ${defaults.caCertificatePath}\n` +
        `[https] i din webbläsare eller ditt system för att Excel ska kunna ladda tillägget.\n`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

module.exports = { httpsOptions };

// `npm run serve:dist [-- --port 3000] [--dir dist] [--host localhost]`: serves a production build over HTTPS
// with exactly the headers a region's server should send (deploy/headers.js), so IT can try the deployed form
// before going live. Uses the same developer certificate as `npm start` (scripts/https-options.js).
const fs = require("fs");
const https = require("https");
const path = require("path");
const { headersFor } = require("../deploy/headers");
const { httpsOptions } = require("./https-options");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** The request's path as given, without query or fragment ("//x" is the path "//x", never a host named x). */
function requestPath(url) {
  const raw = String(url || "/").replace(/[?#].*$/s, "");
  const rel = decodeURIComponent(raw).replace(/\\/g, "/").replace(/^\/+/, "");
  return rel === "" ? "" : path.posix.normalize(rel);
}

/** The real path of a file inside root (symbolic links resolved), or null when it is not a file inside root. */
function containedFile(root, rel) {
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) return null;
  let real;
  try {
    real = fs.realpathSync(file);
  } catch {
    return null;
  }
  if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) return null;
  return real;
}

/** A request handler for the files under `dir`: GET and HEAD, ETag revalidation, nothing outside dir. */
function handler(dir) {
  const root = fs.realpathSync(path.resolve(dir));
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let rel;
    try {
      rel = requestPath(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel === "") rel = "taskpane.html";
    if (rel.endsWith("/")) rel += "index.html";
    const headers = headersFor(rel);
    const file = headers ? containedFile(root, rel) : null;
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" }).end("Finns inte\n");
      return;
    }
    const stat = fs.statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const all = { ...headers, ETag: etag, "Last-Modified": stat.mtime.toUTCString() };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, all).end();
      return;
    }
    res.writeHead(200, { ...all, "Content-Length": stat.size });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

async function main() {
  const dir = path.resolve(arg("dir", "dist"));
  const port = Number(arg("port", process.env.npm_package_config_dev_server_port || 3000));
  const host = arg("host", "localhost");
  if (!fs.existsSync(path.join(dir, "manifest.xml"))) {
    console.error(`${dir} saknar manifest.xml: bygg först (npm run build eller ADDIN_URL=… npm run build:deploy).`);
    process.exit(1);
  }
  const server = https.createServer(await httpsOptions(), handler(dir));
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    const manifest = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const source = (/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest) || [])[1];
    console.log(`Serverar ${dir} på https://${host}:${actual}/ (Ctrl+C avslutar).`);
    if (source && !source.startsWith(`https://${host}:${actual}/`) && !source.startsWith(`https://localhost:${actual}/`))
      console.log(
        `Obs: manifestet pekar på ${source}. Bygg med ADDIN_URL=https://localhost:${actual}/ för att sidladda mot den här servern.`,
      );
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
}

if (require.main === module) main();

module.exports = { handler };

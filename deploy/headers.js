// The HTTP headers the add-in's files need, in one place. `npm run serve:dist` sends exactly these, and
// deploy/web.config (IIS) and deploy/nginx.conf say the same (a test compares them).
//
// - Content-Type per extension (IIS and some nginx builds lack .json, .xlsx or charset on .js).
// - Access-Control-Allow-Origin: * on the custom-function metadata: Excel on the web fetches it from
//   another origin (the Office web host), and refuses it without this header.
// - Cache-Control: no-cache everywhere: browsers and Office keep files but revalidate (ETag) on every
//   load, so a new build reaches users at once; file names without a content hash (taskpane.js,
//   functions.js, runtime.js) require this.
// - X-Content-Type-Options: nosniff. No X-Frame-Options: Excel on the web shows the pane in an iframe.

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Files Excel on the web loads cross-origin: the function metadata, default and Swedish. */
const CORS_FILES = ["functions.json", "functions.sv-SE.json"];

const CACHE_CONTROL = "no-cache";

/** Headers for a file, by its path relative to the dist/ folder ("help/index.html"). Null: not served. */
function headersFor(relPath) {
  const ext = (/\.[^./]+$/.exec(relPath) || [""])[0].toLowerCase();
  const type = MIME[ext];
  if (!type) return null;
  const h = { "Content-Type": type, "Cache-Control": CACHE_CONTROL, "X-Content-Type-Options": "nosniff" };
  if (CORS_FILES.includes(relPath)) h["Access-Control-Allow-Origin"] = "*";
  return h;
}

module.exports = { MIME, CORS_FILES, CACHE_CONTROL, headersFor };

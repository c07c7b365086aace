// Offline manifest validation: structure, ids, URLs, resids, shared-runtime wiring, namespace, icons and
// requirement sets. `office-addin-manifest validate` needs Microsoft's web service; this does not.
const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Collects every element (with its path) so checks can look anywhere in the tree. */
function walk(node, name, visit, trail = []) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, name, visit, trail));
  if (node === null || typeof node !== "object") return;
  visit(name, node, trail);
  for (const [k, v] of Object.entries(node)) if (k !== "$" && k !== "_") walk(v, k, visit, [...trail, name]);
}

async function checkManifest(file, { root = path.dirname(file), dist } = {}) {
  const errors = [];
  const xml = fs.readFileSync(file, "utf8");
  const doc = await new xml2js.Parser({ explicitArray: true }).parseStringPromise(xml);
  const app = doc.OfficeApp;
  const need = (cond, msg) => cond || errors.push(msg);
  need(app && app.$["xsi:type"] === "TaskPaneApp", "OfficeApp måste vara av typen TaskPaneApp");
  if (!app) return { errors, info: {} };
  const text = (k) => (app[k] ? (typeof app[k][0] === "string" ? app[k][0] : app[k][0]._) : undefined);
  need(GUID.test(text("Id") || ""), "Id måste vara en GUID");
  need(/^\d+\.\d+\.\d+\.\d+$/.test(text("Version") || ""), "Version måste ha formen 1.0.0.0");
  need(text("DefaultLocale") === "sv-SE", "DefaultLocale ska vara sv-SE");
  const display = app.DisplayName?.[0];
  need(display?.$?.DefaultValue, "DisplayName saknas");
  need((display?.Override || []).some((o) => o.$.Locale === "en-US"), "DisplayName saknar engelsk Override");
  need(app.Hosts?.[0]?.Host?.some((h) => h.$.Name === "Workbook"), "Host Workbook saknas");

  const sets = [];
  const resids = new Set();
  const defined = new Map();
  const urls = [];
  walk(doc, "OfficeApp", (name, node) => {
    const a = node.$ || {};
    if (name === "Set" || name === "bt:Set") sets.push({ name: a.Name, min: a.MinVersion });
    if (a.resid) resids.add(a.resid);
    if (["bt:Image", "bt:Url", "bt:String"].includes(name) && a.id) defined.set(a.id, a.DefaultValue);
    if (a.DefaultValue && /^https?:/.test(a.DefaultValue)) urls.push(a.DefaultValue);
    if (a.Value && /^https?:/.test(a.Value)) urls.push(a.Value);
    if (name === "AppDomain") urls.push(node._ ?? node);
  });
  for (const r of resids) need(defined.has(r), `resid ${r} används men är inte definierad i Resources`);
  for (const u of urls) need(String(u).startsWith("https://"), `URL måste vara https: ${u}`);
  const origins = new Set(urls.map((u) => new URL(String(u)).origin));
  need(origins.size === 1, `Alla URL:er ska ligga på samma ursprung, fann: ${[...origins].join(", ")}`);

  const hasSet = (n, min) => sets.some((s) => s.name === n && (!min || parseFloat(s.min) >= parseFloat(min)));
  need(hasSet("SharedRuntime", "1.1"), "Kravuppsättningen SharedRuntime 1.1 saknas");
  // CustomFunctions.Error needs 1.2 and the ErrorCode values the boundary returns (#DIV/0! …) need 1.3.
  need(hasSet("CustomFunctionsRuntime", "1.3"), "Kravuppsättningen CustomFunctionsRuntime (minst 1.3, för CustomFunctions.ErrorCode) saknas");
  need(hasSet("ExcelApi", "1.7"), "Kravuppsättningen ExcelApi (minst 1.7) saknas");

  const vo = app.VersionOverrides?.[0];
  const host = vo?.Hosts?.[0]?.Host?.[0];
  need(host, "VersionOverrides/Hosts/Host saknas");
  const runtime = host?.Runtimes?.[0]?.Runtime?.[0]?.$;
  need(runtime?.lifetime === "long", "Runtime ska ha lifetime=\"long\" (delad körmiljö)");
  const cf = host?.AllFormFactors?.[0]?.ExtensionPoint?.find((e) => e.$["xsi:type"] === "CustomFunctions");
  need(cf, "ExtensionPoint CustomFunctions saknas");
  const res = (el) => el?.[0]?.SourceLocation?.[0]?.$?.resid;
  need(res(cf?.Page) === runtime?.resid, "CustomFunctions Page måste vara samma sida som Runtime");
  need((defined.get(res(cf?.Script)) || "").endsWith("/functions.js"), "CustomFunctions Script ska peka på functions.js");
  need((defined.get(res(cf?.Metadata)) || "").endsWith("/functions.json"), "CustomFunctions Metadata ska peka på functions.json");
  need(defined.get(cf?.Namespace?.[0]?.$?.resid) === "PV", "Namnrymden ska vara PV");
  need(/Override Locale="sv-SE" Value="[^"]*functions\.sv-SE\.json"/.test(xml), "sv-SE-override för functions.json saknas");
  const desktop = host?.DesktopFormFactor?.[0];
  need(desktop?.FunctionFile?.[0]?.$?.resid === runtime?.resid, "FunctionFile måste vara samma sida som Runtime");
  const controls = [];
  walk(desktop, "DesktopFormFactor", (name, node) => name === "Control" && controls.push(node));
  const show = controls.find((c) => c.Action?.[0]?.$["xsi:type"] === "ShowTaskpane");
  need(show && show.Action[0].SourceLocation[0].$.resid === runtime?.resid, "En knapp ska öppna panelen (ShowTaskpane) på runtime-sidan");
  const exec = controls.filter((c) => c.Action?.[0]?.$["xsi:type"] === "ExecuteFunction").map((c) => c.Action[0].FunctionName[0]);
  const commandsSrc = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
  for (const f of exec) need(commandsSrc.includes(`associate("${f}"`), `ExecuteFunction ${f} är inte kopplad med Office.actions.associate`);

  const icons = {};
  for (const [id, url] of defined) {
    if (!/\.png$/.test(url || "")) continue;
    const local = path.join(root, new URL(url).pathname);
    if (!fs.existsSync(local)) {
      errors.push(`Ikonen ${url} finns inte som ${path.relative(root, local)}`);
      continue;
    }
    const size = pngSize(local);
    const wanted = Number((/(\d+)x\d+$/.exec(id) || [])[1]);
    if (wanted) need(size && size.width === wanted && size.height === wanted, `Ikonen ${id} ska vara ${wanted}×${wanted} px`);
    icons[id] = size;
  }
  for (const k of ["IconUrl", "HighResolutionIconUrl"]) {
    const u = app[k]?.[0]?.$?.DefaultValue;
    need(u && fs.existsSync(path.join(root, new URL(u).pathname)), `${k} pekar på en fil som saknas`);
  }
  if (dist) {
    for (const u of new Set(urls)) {
      const p = new URL(String(u)).pathname;
      if (p === "/" || p === "") continue;
      need(fs.existsSync(path.join(dist, p)), `Bygget saknar ${p} som manifestet pekar på`);
    }
  }
  return { errors, info: { sets, resids: [...resids], urls, origin: [...origins][0], icons, namespace: defined.get("Functions.Namespace") } };
}

module.exports = { checkManifest, pngSize };

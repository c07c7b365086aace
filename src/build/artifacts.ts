/**
 * Files the build emits beside the bundles, computed from src/data, src/core and src/functions/docs.ts:
 * functions.sv-SE.json (the Swedish metadata override), help pages, the catalogue and the audit.
 */
import { runAudit } from "../core/audit/audit";
import { catalogRows, toCsv } from "../core/dataset/exportCatalog";
import { catalog } from "../core/dataset/lookup";
import { FUNCTION_DOCS, type FunctionDoc } from "../functions/docs";
import { esc } from "../xlsx/xml";

interface MetaParam {
  name: string;
  description?: string;
  [k: string]: unknown;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
  [k: string]: unknown;
}

interface Metadata {
  functions: MetaFunction[];
  /** Top-level options such as allowCustomDataForDataTypeAny: the Swedish file must carry the same. */
  [option: string]: unknown;
}

/**
 * The sv-SE override: the generated metadata with Swedish names, descriptions and parameter names, and
 * everything else (top-level options, types, dimensionality, flags) exactly as in the English file.
 */
export function swedishMetadata(generated: Metadata): Metadata {
  const docs = new Map(FUNCTION_DOCS.map((d) => [d.id, d]));
  return {
    ...generated,
    functions: generated.functions.map((f) => {
      const d = docs.get(f.id);
      if (!d) throw new Error(`docs.ts saknar funktionen ${f.id}`);
      if (d.params.length !== f.parameters.length)
        throw new Error(`${f.id}: docs.ts har ${d.params.length} parametrar, JSDoc ${f.parameters.length}`);
      return {
        ...f,
        name: d.nameSv,
        description: d.descSv,
        parameters: f.parameters.map((p, i) => ({ ...p, name: d.params[i].sv, description: d.params[i].descSv })),
      };
    }),
  };
}

export function helpFileName(id: string): string {
  return `${id.toLowerCase()}.html`;
}

export function signature(d: FunctionDoc): string {
  return `PV.${d.nameSv}(${d.params.map((p) => (p.optional ? `[${p.sv}]` : p.sv)).join("; ")})`;
}

const PAGE_STYLE =
  "body{font-family:'Segoe UI',system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}" +
  "code,pre{font-family:Consolas,monospace;background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}" +
  "table{border-collapse:collapse}td,th{border:1px solid #d1d1d1;padding:.3rem .6rem;text-align:left;vertical-align:top}";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${PAGE_STYLE}</style></head><body>${body}</body></html>\n`;
}

export function helpPage(d: FunctionDoc): string {
  const params = d.params.length
    ? `<table><tr><th>Argument</th><th>Beskrivning</th></tr>${d.params
        .map((p) => `<tr><td><code>${esc(p.sv)}</code>${p.optional ? " (valfritt)" : ""}</td><td>${esc(p.descSv)}</td></tr>`)
        .join("")}</table>`
    : "<p>Inga argument.</p>";
  const examples = `<table><tr><th>Formel</th><th>Resultat</th></tr>${d.examples
    .map((e) => `<tr><td><code>${esc(e.formula)}</code></td><td>${esc(e.resultSv)}</td></tr>`)
    .join("")}</table>`;
  const errors = d.errors.length
    ? `<table><tr><th>Fel</th><th>När</th></tr>${d.errors.map((e) => `<tr><td><code>${e.code}</code></td><td>${esc(e.whenSv)}</td></tr>`).join("")}</table>`
    : "<p>Funktionen returnerar inga fel.</p>";
  return page(
    `PV.${d.nameSv} – hjälp`,
    `<p><a href="index.html">Alla funktioner</a></p><h1>PV.${esc(d.nameSv)}</h1><p>${esc(d.descSv)}</p>` +
      `<h2>Syntax</h2><p><code>=${esc(signature(d))}</code></p><h2>Argument</h2>${params}<h2>Exempel</h2>${examples}<h2>Felvärden</h2>${errors}` +
      `<p>Andelar returneras som bråktal; formatera cellen som procent. I engelskspråkigt Excel heter funktionen <code>PV.${esc(d.id)}</code> och argumenten skiljs med kommatecken.</p>`,
  );
}

export function helpIndex(): string {
  return page(
    "Nära vård-indikatorer – funktioner",
    `<h1>Nära vård-indikatorer – funktioner</h1><ul>${FUNCTION_DOCS.map(
      (d) => `<li><a href="${helpFileName(d.id)}"><code>PV.${esc(d.nameSv)}</code></a> – ${esc(d.descSv)}</li>`,
    ).join("")}</ul>`,
  );
}

/** Everything the build adds to dist/, keyed by path. */
export function buildArtifacts(functionsJson: string): Record<string, string> {
  const cat = catalog();
  const rows = catalogRows(cat);
  const files: Record<string, string> = {
    "functions.sv-SE.json": JSON.stringify(swedishMetadata(JSON.parse(functionsJson)), null, 2),
    "indicators.json": JSON.stringify(
      { reports: cat.data.reports, indicators: cat.data.indicators, entities: cat.data.entities, observations: rows },
      null,
      1,
    ),
    "indicators.csv": toCsv(rows),
    "audit.json": JSON.stringify(runAudit(cat.data), null, 1),
    "help/index.html": helpIndex(),
  };
  for (const d of FUNCTION_DOCS) files[`help/${helpFileName(d.id)}`] = helpPage(d);
  return files;
}

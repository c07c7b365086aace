/**
 * `npm run kolada`: argument parsing and the run, with every Node-only thing (fetch, files, output)
 * passed in by the thin shell in scripts/kolada.js, so this stays testable and free of Node APIs.
 */
import { kpiId, PINNED_IDS } from "../core/kolada/catalogue";
import { KoladaClient, DEFAULT_BASE_URL, type FetchLike } from "../core/kolada/client";
import { describeFailure } from "../core/kolada/errors";
import { refresh } from "../core/kolada/live";
import { GENDERS, type Gender } from "../core/kolada/parse";
import { REGION_IDS, resolveRegion } from "../core/kolada/regions";
import { KoladaStore } from "../core/kolada/store";
import { DomainError } from "../core/util/errors";
import { messageFor } from "../core/i18n";

export const SNAPSHOT_PATH = "src/data/kolada-snapshot.json";

export const USAGE = `Användning:
  npm run kolada -- --kpi N71000,N70061 --years 2019-2024 [--regions Gotland,Uppsala] [--gender T,K,M] [--out FIL] [--json]
  npm run kolada -- --snapshot [--years 2015-2024]

  --kpi       KPI-id i Kolada, kommaseparerade (högst 25 per anrop; fler delas upp).
  --years     År: 2019-2024 eller 2019,2021. Utan: alla år Kolada har.
  --regions   Regioner (namn, länskod eller Kolada-id). Utan: alla 21.
  --gender    Kön att ta med: T (standard), K, M.
  --out FIL   Skriv en ögonblicksbild (samma format som tillägget läser) till FIL.
  --json      Skriv {requests, observations} som JSON på standard ut.
  --snapshot  Hämta de fästa KPI:erna för alla 21 regioner och riket och skriv ${SNAPSHOT_PATH},
              som bygget paketerar. Miljövariabeln KOLADA_BASE_URL byter API-adress.`;

export interface CliOptions {
  kpis: string[];
  regions: string[];
  years?: number[];
  genders: Gender[];
  out?: string;
  json: boolean;
  snapshot: boolean;
}

export function parseArgs(argv: readonly string[]): CliOptions | { help: true } {
  const o: CliOptions = { kpis: [], regions: [...REGION_IDS], genders: ["T"], json: false, snapshot: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${flag} saknar värde.`);
    return v;
  };
  const list = (s: string) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--help":
      case "-h":
        return { help: true };
      case "--json":
        o.json = true;
        break;
      case "--snapshot":
        o.snapshot = true;
        break;
      case "--kpi":
        o.kpis = list(value(i++, a)).map((k) => kpiId(k) ?? fail(`"${k}" är inget KPI-id (t.ex. N71000).`));
        break;
      case "--regions":
        o.regions = list(value(i++, a)).map((r) => regionId(r));
        break;
      case "--years":
        o.years = years(value(i++, a));
        break;
      case "--gender":
        o.genders = list(value(i++, a)).map((g) =>
          (GENDERS as string[]).includes(g.toUpperCase()) ? (g.toUpperCase() as Gender) : fail(`Okänt kön "${g}" (T, K eller M).`),
        );
        break;
      case "--out":
        o.out = value(i++, a);
        break;
      default:
        fail(`Okänt argument "${a}". Se --help.`);
    }
  }
  if (o.snapshot) {
    o.kpis = [...new Set([...PINNED_IDS, ...o.kpis])];
    if (!o.regions.includes("0000")) o.regions.push("0000");
    o.genders = [...GENDERS];
  }
  if (o.kpis.length === 0) fail("Ange --kpi (t.ex. --kpi N71000,N70061) eller --snapshot.");
  return o;
}

function fail(msg: string): never {
  throw new Error(msg);
}

function regionId(input: string): string {
  try {
    return resolveRegion(input).id;
  } catch (e) {
    if (e instanceof DomainError) fail(messageFor(e));
    throw e;
  }
}

function years(s: string): number[] {
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s.trim());
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (to < from || to - from > 100) fail(`Ogiltigt årsintervall "${s}".`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return s.split(",").map((y) => (/^\d{4}$/.test(y.trim()) ? Number(y) : fail(`"${y}" är inget årtal.`)));
}

export interface CliDeps {
  fetch: FetchLike;
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, text: string): void;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs the command; returns the exit code. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let o: CliOptions | { help: true };
  try {
    o = parseArgs(argv);
  } catch (e) {
    deps.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if ("help" in o) {
    deps.out(USAGE);
    return 0;
  }
  const client = new KoladaClient({ fetch: deps.fetch, baseUrl: deps.env.KOLADA_BASE_URL || DEFAULT_BASE_URL, sleep: deps.sleep });
  const store = new KoladaStore();
  try {
    const r = await refresh(
      client,
      store,
      { kpis: o.kpis, regions: o.regions, years: o.years },
      {
        now: deps.now,
        checkAll: true, // pinned titles too: a renamed or removed KPI is worth one request
        onProgress: (p) => !o.json && deps.err(`  ${p.done}/${p.total} id-listor, ${p.requests} anrop, ${p.rows} värden`),
      },
    );
    for (const w of r.warnings) deps.err(`Varning: ${w}`);
    const genders = new Set<string>(o.genders);
    const snapshot = { ...r.snapshot, rows: r.snapshot.rows.filter((row) => genders.has(row[3])) };
    const file = o.snapshot ? (deps.env.KOLADA_SNAPSHOT_PATH ?? SNAPSHOT_PATH) : o.out;
    if (file) deps.writeFile(file, JSON.stringify(snapshot) + "\n");
    if (o.json) {
      const observations = snapshot.rows.map(([kpi, region, period, gender, value]) => ({ kpi, region, period, gender, value }));
      deps.out(JSON.stringify({ requests: client.requests, observations }));
    } else {
      deps.out(
        `Hämtade ${snapshot.rows.length} värden (${o.kpis.join(", ")}; ${snapshot.regions.length} regioner; år ${snapshot.years[0]}–${snapshot.years.at(-1)}) i ${client.requests} anrop från ${client.baseUrl}.` +
          (file ? ` Skrev ${file}.` : ""),
      );
    }
    return 0;
  } catch (e) {
    deps.err(describeFailure(e));
    return 1;
  }
}

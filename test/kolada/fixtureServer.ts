/** Kolada-shaped fixtures served from 127.0.0.1 (real HTTP) or through an injected fetch (no sockets). */
import fs from "fs";
import http from "http";
import path from "path";
import type { FetchLike, ResponseLike } from "../../src/core/kolada/client";

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/** Answers one request path (with query); `seen` counts earlier requests to the same path. */
export type Handler = (pathAndQuery: string, seen: number) => Reply;

const FIX = path.join(__dirname, "fixtures");
export const fixture = (name: string, base: string) => fs.readFileSync(path.join(FIX, name), "utf8").split("{BASE}").join(base);

const json = (body: string): Reply => ({ status: 200, body, headers: { "content-type": "application/json" } });

/** The fixture API: KPI metadata, two data pages linked by next_url, optionally a 429 before page 1. */
export function koladaHandler(base: () => string, opts: { first429?: boolean; meta?: string } = {}): Handler {
  return (p, seen) => {
    const u = new URL(p, "http://x");
    if (u.pathname.startsWith("/v3/kpi/")) {
      const ids = u.pathname.slice("/v3/kpi/".length).split(",");
      const meta = JSON.parse(fixture(opts.meta ?? "kpi-meta.json", base()));
      meta.values = meta.values.filter((v: { id: string }) => ids.includes(v.id));
      meta.count = meta.values.length;
      return json(JSON.stringify(meta));
    }
    if (u.pathname.startsWith("/v3/data/")) {
      if (u.searchParams.get("page") === "2") return json(fixture("data-page2.json", base()));
      if (opts.first429 && seen === 0) return { status: 429, body: "Too Many Requests", headers: { "retry-after": "0" } };
      return json(fixture("data-page1.json", base()));
    }
    return { status: 404, body: "not found" };
  };
}

export interface Served {
  base: string;
  log: string[];
  close(): Promise<void>;
}

export async function serve(handler: (base: () => string) => Handler): Promise<Served> {
  const log: string[] = [];
  const counts = new Map<string, number>();
  let base = "";
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const h = handler(() => base);
  const server = http.createServer((req, res) => {
    const p = req.url ?? "/";
    log.push(p);
    const seen = counts.get(p) ?? 0;
    counts.set(p, seen + 1);
    const r = h(p, seen);
    const t = setTimeout(() => {
      timers.delete(t);
      res.writeHead(r.status, { "access-control-allow-origin": "*", ...(r.headers ?? {}) });
      res.end(r.body);
    }, r.delayMs ?? 0);
    timers.add(t);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}/v3`;
  return {
    base,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** The same handler without sockets: an injected fetch that records every URL it is asked for. */
export function fakeFetch(
  handler: (base: () => string) => Handler,
  base = "https://api.kolada.se/v3",
): { fetch: FetchLike; log: string[] } {
  const log: string[] = [];
  const counts = new Map<string, number>();
  const h = handler(() => base);
  const origin = new URL(base).origin;
  const fetch: FetchLike = async (url) => {
    log.push(url);
    const p = url.slice(origin.length);
    const seen = counts.get(p) ?? 0;
    counts.set(p, seen + 1);
    const r = h(p, seen);
    const res: ResponseLike = {
      ok: r.status >= 200 && r.status < 300,
      status: r.status,
      headers: { get: (n) => r.headers?.[n.toLowerCase()] ?? null },
      text: async () => r.body,
    };
    return res;
  };
  return { fetch, log };
}

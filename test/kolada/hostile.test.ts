/**
 * The Kolada client and KOLADA() against a hostile server on 127.0.0.1: a body that trickles, headers that
 * come late, Retry-After far away, endless next_url chains, duplicate rows, municipality ids, a 20 MB page
 * and 10 000 cells over 2 000 KPIs. Timeouts are injected short so the suite stays fast.
 */
import http from "http";
import { KoladaClient } from "../../src/core/kolada/client";
import { KoladaError } from "../../src/core/kolada/errors";
import { disableLive, enableLive, refresh } from "../../src/core/kolada/live";
import { KoladaStore, koladaStore } from "../../src/core/kolada/store";
import { kolada } from "../../src/core/functions/kolada";
import { REGION_IDS } from "../../src/core/kolada/regions";
import type { DomainError } from "../../src/core/util/errors";
import { messageFor } from "../../src/core/i18n";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void;

async function hostile(handle: Handle) {
  const log: string[] = [];
  const server = http.createServer((req, res) => {
    log.push(req.url ?? "");
    handle(req, res, new URL(req.url ?? "/", "http://127.0.0.1"));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/v3`;
  return {
    base,
    log,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const row = (kpi: string, region: string, period: number, value: number | null, gender = "T") => ({
  kpi,
  municipality: region,
  period,
  values: [{ gender, value, status: "", isdeleted: false }],
});
const page = (values: unknown[], next: string | null = null) => JSON.stringify({ values, count: values.length, next_url: next });
const json = (res: http.ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
};
const opts = (base: string) => ({ fetch, baseUrl: base, minIntervalMs: 0, sleep: async () => undefined });
const Q1 = { kpis: ["N71000"], regions: ["0009"], years: [2022] };

describe("Kolada client against a hostile server", () => {
  it("a body that trickles one byte at a time times out: the timeout covers the body, once, no retries", async () => {
    const timers: NodeJS.Timeout[] = [];
    const s = await hostile((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const body = page([row("N71000", "0009", 2022, 1)]);
      let i = 0;
      const tick = () => {
        if (i < body.length && !res.destroyed) {
          res.write(body[i++]);
          timers.push(setTimeout(tick, 50));
        } else res.end();
      };
      tick();
    });
    try {
      const client = new KoladaClient({ ...opts(s.base), timeoutMs: 300 });
      const e = await client.data(Q1).catch((x) => x);
      expect(e).toBeInstanceOf(KoladaError);
      expect(e.kind).toBe("timeout");
      expect(e.message).toContain("svarade inte inom 0,3 sekunder");
      expect(client.requests).toBe(1);
    } finally {
      timers.forEach(clearTimeout);
      await s.close();
    }
  });

  it("headers that come late end in one bounded timeout, not a round of retries", async () => {
    const timers: NodeJS.Timeout[] = [];
    const s = await hostile((_req, res) => void timers.push(setTimeout(() => json(res, page([])), 3000)));
    try {
      const client = new KoladaClient({ ...opts(s.base), timeoutMs: 200, retries: 4 });
      const e = await client.data(Q1).catch((x) => x);
      expect(e.kind).toBe("timeout");
      expect(s.log).toHaveLength(1);
    } finally {
      timers.forEach(clearTimeout);
      await s.close();
    }
  });

  it("429 with Retry-After: 999999 fails at once, saying when to retry", async () => {
    const s = await hostile((_req, res) => json(res, "{}", 429, { "retry-after": "999999" }));
    try {
      const now = Date.parse("2026-12-07T08:00:00Z");
      const waits: number[] = [];
      const client = new KoladaClient({ ...opts(s.base), now: () => now, sleep: async (ms) => void waits.push(ms) });
      const e = await client.data(Q1).catch((x) => x);
      expect(e.kind).toBe("rateLimited");
      expect(s.log).toHaveLength(1);
      expect(waits).toEqual([]);
      // 999 999 s after 08:00 UTC on 7 December is 18 December, 21:46:39 UTC (22:46 in Sweden).
      expect(e.message).toBe("Kolada begränsar antalet anrop (HTTP 429) och ber oss vänta till 2026-12-18 22:46. Försök igen efter det.");
    } finally {
      await s.close();
    }
  });

  it("retries a short Retry-After, but never waits longer in all than the budget", async () => {
    const s = await hostile((_req, res) => json(res, "{}", 503, { "retry-after": "10" }));
    try {
      const waits: number[] = [];
      const client = new KoladaClient({ ...opts(s.base), retries: 10, sleep: async (ms) => void waits.push(ms) });
      const e = await client.data(Q1).catch((x) => x);
      expect(e.kind).toBe("server");
      expect(waits).toEqual([10000, 10000, 10000]); // 30 s in all, then it gives up
    } finally {
      await s.close();
    }
  });

  it("an endless chain of unique next_url links stops at what the query can return, and says so", async () => {
    const s = await hostile((_req, res, u) => {
      const n = Number(u.searchParams.get("page") ?? 1);
      json(res, page([row("N71000", "0009", 2022, n)], `${s.base}${u.pathname.slice(3)}?page=${n + 1}`));
    });
    try {
      const e = await new KoladaClient(opts(s.base)).data(Q1).catch((x) => x);
      expect(e.kind).toBe("malformed");
      expect(e.message).toContain("sidan har 1 rader men frågan kan ge högst 0 till; hämtningen stoppades");
      expect(s.log.length).toBe(3); // one row asked for: two pages (room for a duplicate), the third is refused
    } finally {
      await s.close();
    }
  });

  it("an empty page that links on is stopped", async () => {
    const s = await hostile((_req, res, u) => json(res, page([], `${s.base}${u.pathname.slice(3)}?page=${Math.random()}`)));
    try {
      const e = await new KoladaClient(opts(s.base)).data(Q1).catch((x) => x);
      expect(e.message).toContain("sida 1 är tom men har next_url");
      expect(s.log).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it("duplicate rows keep the first value and warn naming KPI, region and year; municipality ids are dropped with a warning", async () => {
    const s = await hostile((_req, res) =>
      json(
        res,
        page([
          row("N71000", "0009", 2022, 7215),
          row("N71000", "0009", 2022, 9999),
          row("N71000", "0180", 2022, 5000),
          row("N71000", "0180", 2023, 5100),
          row("N71000", "0003", 2022, 5840),
        ]),
      ),
    );
    try {
      const store = new KoladaStore();
      const r = await refresh(new KoladaClient(opts(s.base)), store, { kpis: ["N71000"], regions: ["0009", "0003"], years: [2022, 2023] });
      expect(store.lookup("N71000", "0009", 2022)).toEqual({ kind: "value", value: 7215 });
      expect(store.snapshot!.rows).toHaveLength(2);
      expect(store.snapshot!.regions).toEqual(["0003", "0009"]);
      expect(r.warnings).toContain(
        "Kolada skickade samma KPI, region, år och kön mer än en gång; det första värdet Kolada skickade behålls: N71000 Region Gotland 2022: behöll 7215, släppte 9999.",
      );
      expect(r.warnings).toContain(
        "Kolada skickade 2 rader för 0180, som inte är någon av de 21 regionerna eller Riket (en kommun?); de används inte.",
      );
    } finally {
      await s.close();
    }
  });

  it("a 20 MB page of 250 000 rows is refused by the bound with a message, not a stack overflow", async () => {
    const big = page(Array.from({ length: 250000 }, (_, i) => row("N71000", REGION_IDS[i % 21], 1000 + (i % 1000), i)));
    expect(big.length).toBeGreaterThan(20_000_000);
    const s = await hostile((_req, res) => json(res, big));
    try {
      const e = await new KoladaClient(opts(s.base)).data({ kpis: ["N71000"], regions: [...REGION_IDS] }).catch((x) => x);
      expect(e).toBeInstanceOf(KoladaError);
      expect(e.message).toContain("sidan har 250000 rader men frågan kan ge högst 2520 till");
    } finally {
      await s.close();
    }
  });

  it("a page as large as the query allows (25 KPIs × 22 regions × 60 years) is read whole", async () => {
    const kpis = Array.from({ length: 25 }, (_, i) => `N${10000 + i}`);
    const regions = [...REGION_IDS, "0000"];
    const values = kpis.flatMap((k) => regions.flatMap((r) => Array.from({ length: 60 }, (_, y) => row(k, r, 1970 + y, y))));
    const s = await hostile((_req, res) => json(res, page(values)));
    try {
      const rows = await new KoladaClient(opts(s.base)).data({ kpis, regions });
      expect(rows).toHaveLength(33000);
    } finally {
      await s.close();
    }
  });
});

describe("10 000 KOLADA() cells over 2 000 KPIs in one recalculation", () => {
  afterEach(() => {
    disableLive();
    koladaStore().clear();
  });

  it("fetch what was asked, answer cells as their data arrives, and fail only the cells whose request failed", async () => {
    const KPIS = Array.from({ length: 2000 }, (_, i) => `N${String(20000 + i)}`);
    // KPI i asks for 5 regions (which ones depends on i % 4) in one year (2020 + i % 3): 10 000 cells.
    const wants = KPIS.flatMap((kpi, i) =>
      REGION_IDS.slice((i % 4) * 5, (i % 4) * 5 + 5).map((region) => ({ kpi, region, year: 2020 + (i % 3) })),
    );
    let served = 0;
    let answered = 0;
    let answeredBeforeLast = -1;
    let dataRequests = 0;
    const s = await hostile((_req, res, u) => {
      if (u.pathname.startsWith("/v3/kpi/")) return json(res, page([]));
      const m = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(u.pathname);
      if (!m) return json(res, "{}", 404);
      dataRequests++;
      const kpis = m[1].split(",");
      if (kpis.includes("N20007")) return json(res, "busy", 500);
      if (kpis.includes("N21999")) answeredBeforeLast = answered;
      const rows = kpis.flatMap((k) =>
        m[2].split(",").flatMap((r) => m[3].split(",").map((y) => row(k, r, Number(y), Number(k.slice(1)) + Number(y)))),
      );
      served += rows.length;
      json(res, page(rows));
    });
    try {
      enableLive({ ...opts(s.base), retries: 0 }, koladaStore(), { windowMs: 5 });
      const cells = wants.map((w) =>
        kolada(w.kpi, w.region, w.year).then(
          (v) => {
            answered++;
            return v;
          },
          (e) => e,
        ),
      );
      const out = await Promise.all(cells);
      // Only what was asked: 10 000 values, not 2 000 KPIs × 20 regions × 3 years.
      expect(served).toBeLessThanOrEqual(wants.length);
      expect(dataRequests).toBeLessThanOrEqual(12 * Math.ceil(2000 / 12 / 25) + 12);
      // The last query's cells were not needed for the first ones to answer.
      expect(answeredBeforeLast).toBeGreaterThan(5000);
      // Only the 25 KPIs in the failed request fail, each with the server's message.
      const failed = wants.filter((_, i) => !Array.isArray(out[i]));
      expect(new Set(failed.map((w) => w.kpi)).size).toBe(25);
      expect(failed.map((w) => w.kpi)).toContain("N20007");
      expect(messageFor(out[wants.findIndex((w) => w.kpi === "N20007")] as DomainError)).toContain("HTTP 500");
      const ok = wants.findIndex((w) => w.kpi === "N21999");
      expect(out[ok]).toEqual([[21999 + wants[ok].year]]);
    } finally {
      await s.close();
    }
  });
});

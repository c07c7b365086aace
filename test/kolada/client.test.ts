import { KoladaClient, chunks } from "../../src/core/kolada/client";
import { describeFailure, KoladaError } from "../../src/core/kolada/errors";
import { REGION_IDS } from "../../src/core/kolada/regions";
import { fakeFetch, koladaHandler, serve, type Handler } from "./fixtureServer";

const Q = { kpis: ["N70059", "N70061", "N71000"], regions: ["0003", "0009"], years: [2022, 2023] };
const noWait = { sleep: async () => undefined, minIntervalMs: 0 };

function expectFixtureRows(rows: Awaited<ReturnType<KoladaClient["data"]>>) {
  // 12 rows on two pages: one deleted value dropped, K and M kept beside T, a null kept as null.
  expect(rows).toHaveLength(13);
  expect(rows.find((r) => r.kpi === "N70059" && r.region === "0003" && r.period === 2023)).toBeUndefined();
  const gotland = rows.filter((r) => r.kpi === "N71000" && r.region === "0009" && r.period === 2022);
  expect(gotland.map((r) => [r.gender, r.value])).toEqual([
    ["T", 7215],
    ["K", 7930],
    ["M", 6480],
  ]);
  const empty = rows.find((r) => r.kpi === "N71000" && r.region === "0009" && r.period === 2023)!;
  expect(empty.value).toBeNull();
}

describe("Kolada client against a local HTTP server on 127.0.0.1", () => {
  it("follows next_url across two pages and retries a 429 before success", async () => {
    const s = await serve((b) => koladaHandler(b, { first429: true }));
    try {
      const client = new KoladaClient({ fetch, baseUrl: s.base, ...noWait });
      const progress: number[] = [];
      const rows = await client.data(Q, (p) => progress.push(p.rows));
      expectFixtureRows(rows);
      expect(s.log).toEqual([
        "/v3/data/kpi/N70059,N70061,N71000/municipality/0003,0009/year/2022,2023?per_page=5000",
        "/v3/data/kpi/N70059,N70061,N71000/municipality/0003,0009/year/2022,2023?per_page=5000",
        "/v3/data/kpi/N70059,N70061,N71000/municipality/0003,0009/year/2022,2023?page=2&per_page=7",
      ]);
      expect(client.requests).toBe(3);
      expect(progress.at(-1)).toBe(13);
    } finally {
      await s.close();
    }
  });

  it("times out a request that does not answer and says so in Swedish", async () => {
    const slow: Handler = () => ({ status: 200, body: "{}", delayMs: 2000 });
    const s = await serve(() => slow);
    try {
      const client = new KoladaClient({ fetch, baseUrl: s.base, timeoutMs: 100, retries: 1, ...noWait });
      const e = await client.data(Q).catch((x) => x);
      expect(e).toBeInstanceOf(KoladaError);
      expect(e.kind).toBe("timeout");
      expect(e.message).toContain("svarade inte inom 0,1 sekunder");
      expect(client.requests).toBe(1); // a timeout is not retried: waiting again cannot help
    } finally {
      await s.close();
    }
  });

  it("reports a connection refused as unreachable, not as a crash", async () => {
    const s = await serve((b) => koladaHandler(b));
    const base = s.base;
    await s.close();
    const e = await new KoladaClient({ fetch, baseUrl: base, ...noWait }).data(Q).catch((x) => x);
    expect(e).toBeInstanceOf(KoladaError);
    expect(e.kind).toBe("network");
    expect(e.message).toContain("Kolada kunde inte nås");
  });
});

describe("Kolada client with an injected fetch", () => {
  it("gives the same rows as over HTTP, with the 429 retried after Retry-After", async () => {
    const f = fakeFetch((b) => koladaHandler(b, { first429: true }));
    const waits: number[] = [];
    const client = new KoladaClient({ fetch: f.fetch, sleep: async (ms) => void waits.push(ms), minIntervalMs: 0 });
    expectFixtureRows(await client.data(Q));
    expect(f.log).toHaveLength(3);
    expect(waits).toEqual([0]); // Retry-After: 0
    expect(f.log[2]).toBe("https://api.kolada.se/v3/data/kpi/N70059,N70061,N71000/municipality/0003,0009/year/2022,2023?page=2&per_page=7");
  });

  it("splits every comma list at 25 ids", async () => {
    const f = fakeFetch(() => () => ({ status: 200, body: '{"values":[],"count":0,"next_url":null}' }));
    const client = new KoladaClient({ fetch: f.fetch, ...noWait });
    const kpis = Array.from({ length: 30 }, (_, i) => `N${String(10000 + i)}`);
    await client.data({ kpis, regions: [...REGION_IDS, "0000"], years: [2023] });
    expect(f.log).toHaveLength(2);
    for (const url of f.log) {
      for (const list of new URL(url).pathname.split("/").filter((p) => p.includes(",")))
        expect(list.split(",").length).toBeLessThanOrEqual(25);
    }
    expect(f.log[0]).toContain("/municipality/0001,0003,0004");
    expect(chunks([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });

  it("backs off exponentially on 5xx and gives up with a Swedish server error", async () => {
    const f = fakeFetch(() => () => ({ status: 503, body: "busy" }));
    const waits: number[] = [];
    const client = new KoladaClient({
      fetch: f.fetch,
      sleep: async (ms) => void waits.push(ms),
      minIntervalMs: 0,
      retries: 3,
      backoffMs: 100,
    });
    const e = await client.data(Q).catch((x) => x);
    expect(e.kind).toBe("server");
    expect(e.message).toBe("Kolada har ett serverfel (HTTP 503) efter 4 försök. Försök igen senare.");
    expect(waits).toEqual([100, 200, 400]);
  });

  it("gives up on a lasting 429 with the rate-limit message", async () => {
    const f = fakeFetch(() => () => ({ status: 429, body: "" }));
    const e = await new KoladaClient({ fetch: f.fetch, retries: 2, ...noWait }).data(Q).catch((x) => x);
    expect(e.kind).toBe("rateLimited");
    expect(e.message).toContain("HTTP 429");
    expect(f.log).toHaveLength(3);
  });

  it("spaces requests to about five a second", async () => {
    let now = 0;
    const waits: number[] = [];
    const f = fakeFetch((b) => koladaHandler(b));
    const client = new KoladaClient({
      fetch: f.fetch,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    await client.data(Q);
    await client.kpis(["N71000"]);
    expect(waits).toEqual([200, 200]);
  });

  it("rejects malformed answers, v2's 410 and a next_url to another host", async () => {
    const reply = (body: string, status = 200) => fakeFetch(() => () => ({ status, body })).fetch;
    const run = (fetch: ReturnType<typeof reply>) => new KoladaClient({ fetch, ...noWait }).data(Q).catch((x) => x);
    expect((await run(reply("<html>"))).message).toBe("Kolada skickade ett svar som inte går att tolka (inte JSON). Inget ändrades.");
    expect((await run(reply('{"values":[{"kpi":"N71000"}]}'))).kind).toBe("malformed");
    expect(
      (await run(reply('{"values":[{"kpi":"N71000","municipality":"0001","period":2020,"values":[{"gender":"T","value":"12"}]}]}'))).kind,
    ).toBe("malformed");
    expect((await run(reply("gone", 410))).kind).toBe("gone");
    expect((await run(reply('{"values":[],"next_url":"https://evil.example/v3/x"}'))).message).toContain("annan värd");
    expect((await run(reply("nope", 404))).message).toContain("HTTP 404");
    // The English pane says what was wrong in English.
    expect(describeFailure(await run(reply("<html>")), "en")).toBe(
      "Kolada sent a response that cannot be read (not JSON). Nothing changed.",
    );
    expect(describeFailure(await run(reply('{"values":[{"kpi":"N71000"}]}')), "en")).toContain(
      "row 1 lacks kpi, municipality, period or values",
    );
    expect(describeFailure(await run(reply('{"values":[],"next_url":"https://evil.example/v3/x"}')), "en")).toContain(
      "next_url points to another host (evil.example)",
    );
  });

  it("offline when the machine says so", async () => {
    const fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const e = await new KoladaClient({ fetch, online: () => false, ...noWait }).data(Q).catch((x) => x);
    expect(e.kind).toBe("offline");
    expect(e.message).toContain("nätverksanslutning");
  });

  it("reads KPI metadata and title searches", async () => {
    const f = fakeFetch((b) => koladaHandler(b));
    const client = new KoladaClient({ fetch: f.fetch, ...noWait });
    const meta = await client.kpis(["N71000", "N99999"]);
    expect(meta.map((m) => [m.id, m.municipalityType])).toEqual([["N71000", "L"]]);
    await client.searchKpis("väntetid primärvård").catch(() => undefined);
    expect(f.log[1]).toBe("https://api.kolada.se/v3/kpi?title=v%C3%A4ntetid%20prim%C3%A4rv%C3%A5rd&per_page=5000");
  });
});

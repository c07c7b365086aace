/** `npm run serve:dist`'s handler: nothing outside dist/ (symbolic links resolved first), and "//x" is a path, not a host. */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";

const { handler } = require("../../scripts/serve-dist.js");

let dir: string;
let outside: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "serve-dist-"));
  dir = path.join(tmp, "dist");
  outside = path.join(tmp, "secret");
  fs.mkdirSync(path.join(dir, "help"), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(dir, "taskpane.html"), "<p>pane</p>");
  fs.writeFileSync(path.join(dir, "functions.json"), '{"functions":[]}');
  fs.writeFileSync(path.join(dir, "help", "index.html"), "<p>help</p>");
  fs.writeFileSync(path.join(outside, "secret.txt"), "hemligt");
  fs.symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
  fs.symlinkSync(outside, path.join(dir, "linkdir"));
  fs.symlinkSync(path.join(dir, "help", "index.html"), path.join(dir, "inside.html"));
  server = http.createServer(handler(dir));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** A raw request, so the path reaches the server exactly as written (fetch would normalise "//x"). */
function get(p: string): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const req = http.request({ host: u.hostname, port: u.port, path: p, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, type: res.headers["content-type"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serve:dist handler", () => {
  it("serves the files of dist/", async () => {
    expect((await get("/")).body).toBe("<p>pane</p>");
    expect((await get("/functions.json")).body).toBe('{"functions":[]}');
    expect((await get("/help/")).body).toBe("<p>help</p>");
  });

  it("refuses a symbolic link that leads out of dist/, to a file or through a folder", async () => {
    expect(await get("/link.txt")).toMatchObject({ status: 404, body: "Finns inte\n" });
    expect(await get("/linkdir/secret.txt")).toMatchObject({ status: 404, body: "Finns inte\n" });
    // A link that stays inside dist/ is still served.
    expect((await get("/inside.html")).body).toBe("<p>help</p>");
  });

  it("answers //x with the file x names (or 404), never with taskpane.html", async () => {
    const r = await get("//functions.json");
    expect(r.status).toBe(200);
    expect(r.body).toBe('{"functions":[]}');
    expect(r.type).toBe("application/json; charset=utf-8");
    expect((await get("//nothing.json")).status).toBe(404);
    expect((await get("//evil.example/functions.json")).status).toBe(404);
  });

  it("still refuses traversal", async () => {
    expect((await get("/../secret/secret.txt")).status).toBe(404);
    expect((await get("/%2e%2e/secret/secret.txt")).status).toBe(404);
  });
});

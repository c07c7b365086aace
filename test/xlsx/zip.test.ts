import { platformDeflate, zip } from "../../src/xlsx/zip";
import { unzip } from "./unzip";

const enc = new TextEncoder();

/** CRC-32 bit by bit, independent of the table-driven one the writer uses. */
function bitwiseCrc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
const files = [
  { path: "a.txt", data: enc.encode("hej hej hej hej hej hej hej hej hej hej hej") },
  { path: "mapp/tom.bin", data: new Uint8Array(0) },
  { path: "xl/ä.xml", data: enc.encode("<x>Närvården</x>".repeat(200)) },
];

describe("zip container", () => {
  it("stores entries that any reader gets back byte for byte, with correct CRC-32", async () => {
    const entries = unzip(await zip(files, null));
    expect([...entries.keys()]).toEqual(files.map((f) => f.path));
    for (const f of files) {
      const e = entries.get(f.path)!;
      expect(e.method).toBe(0);
      expect(Buffer.compare(e.data, Buffer.from(f.data))).toBe(0);
      expect(e.crc).toBe(bitwiseCrc(f.data));
    }
  });

  it("deflates with CompressionStream('deflate-raw') where that makes an entry smaller", async () => {
    const deflate = platformDeflate();
    expect(deflate).not.toBeNull();
    const stored = await zip(files, null);
    const packed = await zip(files, deflate);
    expect(packed.length).toBeLessThan(stored.length);
    const entries = unzip(packed);
    expect(entries.get("xl/ä.xml")!.method).toBe(8);
    expect(entries.get("mapp/tom.bin")!.method).toBe(0); // nothing to gain
    for (const f of files) expect(entries.get(f.path)!.data.toString("utf8")).toBe(Buffer.from(f.data).toString("utf8"));
  });

  it("gives the same bytes for the same input (fixed timestamps) and refuses duplicate paths", async () => {
    expect(Buffer.compare(Buffer.from(await zip(files)), Buffer.from(await zip(files)))).toBe(0);
    await expect(zip([files[0], files[0]], null)).rejects.toThrow("a.txt finns två gånger");
  });
});

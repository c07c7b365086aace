/**
 * A zip archive writer for the .xlsx container: STORE or raw deflate through the platform's CompressionStream
 * (browsers, Node ≥ 18). No zip64, no encryption; entries are written whole, so sizes and CRCs go in the
 * local headers and no data descriptors are needed. Timestamps are fixed so the same input gives the same bytes.
 */
import { crc32 } from "../core/util/crc32";

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

/** Raw deflate (RFC 1951) through CompressionStream("deflate-raw"), or null where the platform lacks it. */
export function platformDeflate(): Deflate | null {
  if (typeof CompressionStream === "undefined") return null;
  try {
    new CompressionStream("deflate-raw" as CompressionFormat);
  } catch {
    return null;
  }
  return async (data) => {
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw" as CompressionFormat));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}

const STORE = 0;
const DEFLATE = 8;
/** 1980-01-01 00:00, the earliest DOS date: deterministic output. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  header(fields: [number, 2 | 4][]): void {
    const size = fields.reduce((n, [, w]) => n + w, 0);
    const view = new DataView(new ArrayBuffer(size));
    let at = 0;
    for (const [v, w] of fields) {
      if (w === 2) view.setUint16(at, v, true);
      else view.setUint32(at, v >>> 0, true);
      at += w;
    }
    this.push(new Uint8Array(view.buffer));
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Builds the archive. With `deflate`, each entry is compressed unless that would make it larger. */
export async function zip(entries: ZipEntry[], deflate: Deflate | null = platformDeflate()): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const out = new Bytes();
  const central = new Bytes();
  const seen = new Set<string>();
  // Compress every entry at once: each CompressionStream costs a few ms of scheduling, not of work.
  const compressed = deflate ? await Promise.all(entries.map((e) => deflate(e.data))) : null;
  for (const [i, e] of entries.entries()) {
    if (seen.has(e.path)) throw new Error(`Zip: ${e.path} finns två gånger`);
    seen.add(e.path);
    const name = enc.encode(e.path);
    const crc = crc32(e.data);
    const packed = compressed ? compressed[i] : null;
    const method = packed && packed.length < e.data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? packed! : e.data;
    if (out.length > 0xffffffff - body.length || e.data.length > 0xffffffff)
      throw new Error("Zip: arkivet blir för stort (zip64 stöds inte)");
    const offset = out.length;
    const common: [number, 2 | 4][] = [
      [20, 2], // version needed: 2.0
      [UTF8_NAMES, 2],
      [method, 2],
      [DOS_TIME, 2],
      [DOS_DATE, 2],
      [crc, 4],
      [body.length, 4],
      [e.data.length, 4],
      [name.length, 2],
      [0, 2], // extra field length
    ];
    out.header([[0x04034b50, 4], ...common]);
    out.push(name);
    out.push(body);
    central.header([
      [0x02014b50, 4],
      [20, 2], // version made by: 2.0, MS-DOS attributes
      ...common,
      [0, 2], // comment length
      [0, 2], // disk number
      [0, 2], // internal attributes
      [0, 4], // external attributes
      [offset, 4],
    ]);
    central.push(name);
  }
  const centralOffset = out.length;
  const centralBytes = central.concat();
  out.push(centralBytes);
  out.header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [centralBytes.length, 4],
    [centralOffset, 4],
    [0, 2],
  ]);
  return out.concat();
}

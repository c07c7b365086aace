/** A zip reader for the tests, independent of src/xlsx/zip.ts: central directory → entries, inflated with Node's zlib. */
import zlib from "zlib";

export interface Entry {
  path: string;
  method: number;
  crc: number;
  data: Buffer;
}

export function unzip(file: Uint8Array): Map<string, Entry> {
  const buf = Buffer.from(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const path = buf.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${path}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + packed);
    const data = method === 8 ? zlib.inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (!data) throw new Error(`${path}: method ${method}`);
    if (data.length !== size) throw new Error(`${path}: size ${data.length} ≠ ${size}`);
    out.set(path, { path, method, crc, data });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

export const text = (entries: Map<string, Entry>, path: string): string => {
  const e = entries.get(path);
  if (!e) throw new Error(`${path} saknas`);
  return e.data.toString("utf8");
};

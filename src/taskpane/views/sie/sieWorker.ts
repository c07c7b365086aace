/**
 * Reads a SIE file off the UI thread: slices of the File into the streaming reader, progress after each
 * slice. The pane cancels by terminating the worker.
 */
import { messageFor } from "../../../core/i18n";
import { SieReader } from "../../../core/sie/reader";
import type { ReadRequest, WorkerReply } from "./protocol";

const CHUNK = 1 << 20;
const post = (m: WorkerReply) => (self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage(m);

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { file, locale } = e.data;
  const reader = new SieReader();
  try {
    for (let at = 0; at < file.size && !reader.failed; at += CHUNK) {
      reader.push(new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer()));
      post({ type: "progress", bytes: Math.min(file.size, at + CHUNK), total: file.size });
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    post({ type: "error", message: locale === "en" ? `The file could not be read: ${why}` : `Filen kunde inte läsas: ${why}` });
    return;
  }
  const result = reader.end();
  post(result.ok ? { type: "done", books: result.books } : { type: "error", message: messageFor(result.error, locale) });
};

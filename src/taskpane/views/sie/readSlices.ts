/**
 * The SIE file in 1 MB slices through the streaming reader, reporting after each slice. Runs in the Web Worker,
 * and on the pane's own thread where no worker can be started (it then yields between slices, so progress shows
 * and Cancel is heard).
 */
import { messageFor } from "../../../core/i18n";
import { SieReader } from "../../../core/sie/reader";
import type { WorkerReply } from "./protocol";

const CHUNK = 1 << 20;

export async function readSlices(
  file: Blob,
  locale: "sv" | "en",
  post: (m: WorkerReply) => void,
  cancelled: () => boolean = () => false,
  duplicates: "keep" | "first" = "keep",
): Promise<void> {
  const reader = new SieReader({ duplicates });
  try {
    for (let at = 0; at < file.size && !reader.failed; at += CHUNK) {
      if (cancelled()) return;
      reader.push(new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer()));
      post({ type: "progress", bytes: Math.min(file.size, at + CHUNK), total: file.size });
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    post({ type: "error", message: locale === "en" ? `The file could not be read: ${why}` : `Filen kunde inte läsas: ${why}` });
    return;
  }
  if (cancelled()) return;
  const result = reader.end();
  post(result.ok ? { type: "done", books: result.books } : { type: "error", message: messageFor(result.error, locale) });
}

/**
 * Reads one file in a Web Worker; cancel() stops it at once. Where no worker can be started (none in this
 * webview, or its script refused), the same reader runs on the pane's thread, loaded then.
 */
import type { SieBooks } from "../../../core/sie/types";
import type { ReadRequest, WorkerReply } from "./protocol";

export interface Reading {
  done: Promise<{ ok: true; books: SieBooks } | { ok: false; message: string } | { ok: false; cancelled: true }>;
  cancel(): void;
}

export function readInWorker(
  file: File,
  locale: "sv" | "en",
  onProgress: (fraction: number) => void,
  duplicates: "keep" | "first" = "keep",
): Reading {
  let settle: (r: Awaited<Reading["done"]>) => void = () => undefined;
  const done = new Promise<Awaited<Reading["done"]>>((resolve) => (settle = resolve));
  let cancelled = false;
  const receive = (m: WorkerReply) => {
    if (cancelled) return;
    if (m.type === "progress") onProgress(m.total ? m.bytes / m.total : 1);
    else settle(m.type === "done" ? { ok: true, books: m.books } : { ok: false, message: m.message });
  };
  const onThisThread = () =>
    void import(/* webpackChunkName: "sie-reader" */ "./readSlices")
      .then((r) => r.readSlices(file, locale, receive, () => cancelled, duplicates))
      .catch((e: unknown) => receive({ type: "error", message: e instanceof Error ? e.message : String(e) }));

  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL(/* webpackChunkName: "sie-worker" */ "./sieWorker.ts", import.meta.url));
  } catch {
    onThisThread();
  }
  if (worker) {
    const w = worker;
    let heard = false;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      heard = true;
      if (e.data.type !== "progress") w.terminate();
      receive(e.data);
    };
    w.onerror = (e) => {
      w.terminate();
      // Nothing heard yet: the worker never started (its script refused or missing), so read here instead.
      if (!heard) onThisThread();
      else receive({ type: "error", message: e.message || "Web Worker" });
    };
    w.postMessage({ file, locale, duplicates } satisfies ReadRequest);
  }
  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle({ ok: false, cancelled: true });
    },
  };
}

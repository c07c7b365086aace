/** Starts a worker for one file; cancel() stops it at once. */
import type { SieBooks } from "../../../core/sie/types";
import type { ReadRequest, WorkerReply } from "./protocol";

export interface Reading {
  done: Promise<{ ok: true; books: SieBooks } | { ok: false; message: string } | { ok: false; cancelled: true }>;
  cancel(): void;
}

export function readInWorker(file: File, locale: "sv" | "en", onProgress: (fraction: number) => void): Reading {
  const worker = new Worker(new URL(/* webpackChunkName: "sie-worker" */ "./sieWorker.ts", import.meta.url));
  let settle: (r: Awaited<Reading["done"]>) => void = () => undefined;
  const done = new Promise<Awaited<Reading["done"]>>((resolve) => (settle = resolve));
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.type === "progress") onProgress(m.total ? m.bytes / m.total : 1);
    else {
      worker.terminate();
      settle(m.type === "done" ? { ok: true, books: m.books } : { ok: false, message: m.message });
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle({ ok: false, message: e.message || "Web Worker" });
  };
  worker.postMessage({ file, locale } satisfies ReadRequest);
  return {
    done,
    cancel() {
      worker.terminate();
      settle({ ok: false, cancelled: true });
    },
  };
}

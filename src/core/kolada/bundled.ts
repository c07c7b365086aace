/**
 * The snapshot the build bundles when IT has made one (`npm run kolada -- --snapshot` writes
 * src/data/kolada-snapshot.json; webpack injects it as __KOLADA_SNAPSHOT__, or null when there is none).
 * Outside webpack (Node, tests) there is nothing bundled. Loaded into the store when this module is imported.
 */
import { readSnapshot } from "./snapshot";
import { koladaStore, type KoladaStore } from "./store";

declare const __KOLADA_SNAPSHOT__: unknown;

export function bundledSnapshotDocument(): unknown {
  return typeof __KOLADA_SNAPSHOT__ === "undefined" ? null : __KOLADA_SNAPSHOT__;
}

/** Loads a snapshot document into the store; returns a note when it is present but unreadable. */
export function loadBundled(doc: unknown, store: KoladaStore = koladaStore()): void {
  if (doc === null || doc === undefined) return;
  const r = readSnapshot(doc);
  if (r.ok) store.load(r.snapshot, "bundled");
  else store.note = `Den inbyggda Kolada-ögonblicksbilden kunde inte läsas (${r.reason}); den används inte.`;
}

loadBundled(bundledSnapshotDocument());

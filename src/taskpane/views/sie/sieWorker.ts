/** Reads a SIE file off the UI thread (readSlices); the pane cancels by terminating the worker. */
import type { ReadRequest, WorkerReply } from "./protocol";
import { readSlices } from "./readSlices";

const post = (m: WorkerReply) => (self as unknown as { postMessage: (m: WorkerReply) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<ReadRequest>) => readSlices(e.data.file, e.data.locale, post, undefined, e.data.duplicates);

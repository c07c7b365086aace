/** Messages between the SIE view and its Web Worker. Maps in SieBooks survive structured cloning. */
import type { SieBooks } from "../../../core/sie/types";

export interface ReadRequest {
  file: Blob;
  locale: "sv" | "en";
  /** A voucher repeated (series, number, date): "keep" counts both, "first" reads only the first. */
  duplicates: "keep" | "first";
}

export type WorkerReply =
  { type: "progress"; bytes: number; total: number } | { type: "done"; books: SieBooks } | { type: "error"; message: string };

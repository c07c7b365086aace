/** Kolada's failures in English, typed by the same catalogue as the Swedish reference (errors.sv.ts). */
import type { KoladaErrorText } from "./errorKinds";
import { localTime } from "./errors.sv";

export const en: KoladaErrorText = {
  offline: () => "The computer seems to be offline. Try again when connected.",
  blocked: () =>
    "Excel's browser blocked the call to api.kolada.se (CORS or network policy). Live refresh does not work here; use the bundled snapshot. The region's IT can build fresh figures for every region into the add-in.",
  network: (p) => `Kolada could not be reached (${p.detail}).`,
  timeout: (p) => `Kolada did not answer within ${p.seconds} seconds. Try again later.`,
  rateLimited: (p) =>
    p.retryAt
      ? `Kolada is rate limiting (HTTP 429) and asks us to wait until ${localTime(p.retryAt)}. Try again after that.`
      : `Kolada is rate limiting (HTTP 429) and did not answer after ${p.attempts} attempts. Wait a minute and retry.`,
  server: (p) => `Kolada has a server error (HTTP ${p.status}) after ${p.attempts} attempts. Try again later.`,
  http: (p) => `Kolada answered HTTP ${p.status} for ${p.url}.`,
  gone: (p) => `Kolada answered that the address no longer exists (HTTP 410): ${p.url}. The API version may have been shut down.`,
  malformed: (p) => `Kolada sent a response that cannot be read (${p.detailEn ?? p.detail}). Nothing changed.`,
  empty: (p) => `Kolada returned no values for ${p.what}. Check KPI, regions and years.`,
};

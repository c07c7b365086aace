/** Kolada's failures in Swedish: the reference. A missing kind is a compile error. */
import { formatNumber } from "../util/text";
import type { KoladaErrorText } from "./errorKinds";

/** "2026-12-18 14:30" in Swedish time (the users' clock). */
export function localTime(iso: string): string {
  return new Date(iso).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short", timeStyle: "short" });
}

export const sv: KoladaErrorText = {
  offline: () => "Datorn verkar sakna nätverksanslutning. Försök igen när du är uppkopplad.",
  blocked: () =>
    "Webbläsaren i Excel blockerade anropet till api.kolada.se (CORS eller nätverkspolicy). Direkthämtning fungerar inte här; använd den inbyggda ögonblicksbilden. Regionens IT kan bygga in färska siffror för alla regioner i tillägget.",
  network: (p) => `Kolada kunde inte nås (${p.detail}).`,
  timeout: (p) => `Kolada svarade inte inom ${formatNumber(p.seconds)} sekunder. Försök igen senare.`,
  rateLimited: (p) =>
    p.retryAt
      ? `Kolada begränsar antalet anrop (HTTP 429) och ber oss vänta till ${localTime(p.retryAt)}. Försök igen efter det.`
      : `Kolada begränsar antalet anrop (HTTP 429) och svarade inte efter ${p.attempts} försök. Vänta en minut och försök igen.`,
  server: (p) => `Kolada har ett serverfel (HTTP ${p.status}) efter ${p.attempts} försök. Försök igen senare.`,
  http: (p) => `Kolada svarade HTTP ${p.status} för ${p.url}.`,
  gone: (p) => `Kolada svarade att adressen inte längre finns (HTTP 410): ${p.url}. API-versionen kan ha stängts.`,
  malformed: (p) => `Kolada skickade ett svar som inte går att tolka (${p.detail}). Inget ändrades.`,
  empty: (p) => `Kolada returnerade inga värden för ${p.what}. Kontrollera KPI, regioner och år.`,
};

/** What can go wrong talking to Kolada, as typed kinds with one Swedish and one English message each. */
import type { Locale } from "../i18n";
import { formatNumber } from "../util/text";

export interface KoladaErrorParams {
  offline: Record<string, never>;
  blocked: Record<string, never>;
  network: { detail: string };
  timeout: { seconds: number };
  rateLimited: { attempts: number };
  server: { status: number; attempts: number };
  http: { status: number; url: string };
  gone: { url: string };
  /** What was wrong, in Swedish, and in English where it differs (the pane shows the one of its language). */
  malformed: { detail: string; detailEn?: string };
  empty: { what: string };
}

export type KoladaErrorKind = keyof KoladaErrorParams;

export class KoladaError<K extends KoladaErrorKind = KoladaErrorKind> extends Error {
  constructor(
    readonly kind: K,
    readonly params: KoladaErrorParams[K],
  ) {
    super(koladaMessage(kind, params));
    this.name = "KoladaError";
  }
}

type Catalogue = { [K in KoladaErrorKind]: (p: KoladaErrorParams[K]) => string };

const sv: Catalogue = {
  offline: () => "Datorn verkar sakna nätverksanslutning. Försök igen när du är uppkopplad.",
  blocked: () =>
    "Webbläsaren i Excel blockerade anropet till api.kolada.se (CORS eller nätverkspolicy). Direkthämtning fungerar inte här; använd den inbyggda ögonblicksbilden. Regionens IT kan bygga in färska siffror för alla regioner i tillägget.",
  network: (p) => `Kolada kunde inte nås (${p.detail}).`,
  timeout: (p) => `Kolada svarade inte inom ${formatNumber(p.seconds)} sekunder. Försök igen senare.`,
  rateLimited: (p) =>
    `Kolada begränsar antalet anrop (HTTP 429) och svarade inte efter ${p.attempts} försök. Vänta en minut och försök igen.`,
  server: (p) => `Kolada har ett serverfel (HTTP ${p.status}) efter ${p.attempts} försök. Försök igen senare.`,
  http: (p) => `Kolada svarade HTTP ${p.status} för ${p.url}.`,
  gone: (p) => `Kolada svarade att adressen inte längre finns (HTTP 410): ${p.url}. API-versionen kan ha stängts.`,
  malformed: (p) => `Kolada skickade ett svar som inte går att tolka (${p.detail}). Inget ändrades.`,
  empty: (p) => `Kolada returnerade inga värden för ${p.what}. Kontrollera KPI, regioner och år.`,
};

const en: Catalogue = {
  offline: () => "The computer seems to be offline. Try again when connected.",
  blocked: () =>
    "Excel's browser blocked the call to api.kolada.se (CORS or network policy). Live refresh does not work here; use the bundled snapshot. The region's IT can build fresh figures for every region into the add-in.",
  network: (p) => `Kolada could not be reached (${p.detail}).`,
  timeout: (p) => `Kolada did not answer within ${p.seconds} seconds. Try again later.`,
  rateLimited: (p) => `Kolada is rate limiting (HTTP 429) and did not answer after ${p.attempts} attempts. Wait a minute and retry.`,
  server: (p) => `Kolada has a server error (HTTP ${p.status}) after ${p.attempts} attempts. Try again later.`,
  http: (p) => `Kolada answered HTTP ${p.status} for ${p.url}.`,
  gone: (p) => `Kolada answered that the address no longer exists (HTTP 410): ${p.url}. The API version may have been shut down.`,
  malformed: (p) => `Kolada sent a response that cannot be read (${p.detailEn ?? p.detail}). Nothing changed.`,
  empty: (p) => `Kolada returned no values for ${p.what}. Check KPI, regions and years.`,
};

export function koladaMessage<K extends KoladaErrorKind>(kind: K, params: KoladaErrorParams[K], locale: Locale = "sv"): string {
  const cat = locale === "en" ? en : sv;
  return (cat[kind] as (p: KoladaErrorParams[K]) => string)(params);
}

/** A message for anything thrown while fetching, in the given language. */
export function describeFailure(e: unknown, locale: Locale = "sv"): string {
  if (e instanceof KoladaError) return koladaMessage(e.kind, e.params, locale);
  return (locale === "en" ? "Unexpected error: " : "Oväntat fel: ") + (e instanceof Error ? e.message : String(e));
}

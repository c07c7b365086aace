/** What can go wrong talking to Kolada, as typed kinds with one Swedish and one English message each. */
import type { Locale } from "../i18n";

import type { KoladaErrorKind, KoladaErrorParams } from "./errorKinds";
import { en } from "./errors.en";
import { sv } from "./errors.sv";

export type { KoladaErrorKind, KoladaErrorParams } from "./errorKinds";

export class KoladaError<K extends KoladaErrorKind = KoladaErrorKind> extends Error {
  constructor(
    readonly kind: K,
    readonly params: KoladaErrorParams[K],
  ) {
    super(koladaMessage(kind, params));
    this.name = "KoladaError";
  }
}

export function koladaMessage<K extends KoladaErrorKind>(kind: K, params: KoladaErrorParams[K], locale: Locale = "sv"): string {
  const cat = locale === "en" ? en : sv;
  return (cat[kind] as (p: KoladaErrorParams[K]) => string)(params);
}

/** A message for anything thrown while fetching, in the given language. */
export function describeFailure(e: unknown, locale: Locale = "sv"): string {
  if (e instanceof KoladaError) return koladaMessage(e.kind, e.params, locale);
  return (locale === "en" ? "Unexpected error: " : "Oväntat fel: ") + (e instanceof Error ? e.message : String(e));
}

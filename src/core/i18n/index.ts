import type { DomainError, ErrorCode } from "../util/errors";
import { en } from "./messages.en";
import { sv } from "./messages.sv";

export type Locale = "sv" | "en";

/** Swedish for any Swedish display language, English otherwise. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  return !displayLanguage || /^sv\b/i.test(displayLanguage) ? "sv" : "en";
}

export function messageFor(err: DomainError, locale: Locale = "sv"): string {
  const cat = locale === "en" ? en : sv;
  const fn = cat[err.code] as (p: DomainError<ErrorCode>["params"]) => string;
  return fn(err.params);
}

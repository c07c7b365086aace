import type { MessageCatalogue } from "./messages.sv";

/** English fallback messages. */
export const en: MessageCatalogue = {
  unknownEntity: (p) =>
    `Unknown region/entity "${p.input}".` + (p.suggestion ? ` Did you mean "${p.suggestion}"?` : "") + ` Available: ${p.available}.`,
  unknownIndicator: (p) =>
    `Unknown indicator "${p.input}".` + (p.suggestion ? ` Did you mean "${p.suggestion}"?` : "") + " See =PV.INDIKATORER().",
  noValueForPeriod: (p) => `The reports give no value for ${p.what} in ${p.year}. Available: ${p.available}.`,
  rangeOnly: (p) =>
    `The report gives only a range for ${p.what}: ${p.min}–${p.max} ${p.unit} (${p.period}). Pass "min" or "max" as third argument.`,
  conflict: (p) => `The reports state different values for ${p.what}: ${p.values}. Pick one by its observation id.`,
  noData: (p) => `No data for ${p.what}.` + (p.available ? ` Available for: ${p.available}.` : ""),
  argType: (p) => `Argument ${p.arg} must be ${p.expected}.`,
  argNegative: (p) => `Argument ${p.arg} must not be negative.`,
  argMissing: (p) => `Argument ${p.arg} is missing.`,
  argRange: (p) => `Argument ${p.arg} must be between ${p.min} and ${p.max}.`,
  argChoice: (p) => `Argument ${p.arg} must be one of: ${p.allowed}.`,
  shapeMismatch: (p) => `Ranges ${p.a} and ${p.b} must have the same size.`,
  divZero: (p) => `${p.arg} is zero.`,
  ledgerColumns: (p) => `The ledger lacks the columns: ${p.missing}.`,
  ledgerEmpty: () => "The ledger has no rows with amounts.",
  koladaNotLoaded: (p) =>
    `No Kolada data is loaded for ${p.what}. Fetch data in the pane's Kolada tab (turn network on first), or ask IT to run npm run kolada -- --snapshot.`,
  koladaNoValue: (p) => `Kolada has no value for ${p.what}: ${p.detail}`,
  koladaFetch: (p) => `Fetching from Kolada failed: ${p.reason}`,
};

import { clip } from "../util/text";
import type { MessageCatalogue } from "./messages.sv";

/** English fallback messages. */
export const en: MessageCatalogue = {
  unknownEntity: (p) =>
    `Unknown region/entity "${clip(p.input, 60)}".` +
    (p.suggestion ? ` Did you mean "${p.suggestion}"?` : "") +
    ` Available: ${p.available}.`,
  unknownIndicator: (p) =>
    `Unknown indicator "${clip(p.input, 60)}".` + (p.suggestion ? ` Did you mean "${p.suggestion}"?` : "") + " See =PV.INDIKATORER().",
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
  ledgerErrorValue: (p) =>
    `The ledger holds the error ${p.value} in row ${p.row}, column ${p.column}. Correct the cell; the row is not counted.`,
  receivedNegative: (p) =>
    `The ledger sums to a negative amount (${p.amount}), which cannot be the amount received. Pass the amount received.`,
  linkedAboveReceived: (p) =>
    `Traceability would exceed 100%: amounts linked to an activity and a result (${p.linked}) exceed the amount received (${p.received}). Check the amount received and the ledger rows.`,
  linkedNegative: (p) => `Traceability would be negative: the linked amounts net to ${p.linked} after corrections (negative rows).`,
  partAboveTotal: (p) =>
    `The primary-care cost${p.part ? ` (${p.part})` : ""} exceeds the total cost${p.total ? ` (${p.total})` : ""}; the share cannot exceed 100%.`,
  resultTooLarge: () => "The result is too large for Excel. Check the magnitude of the arguments.",
  koladaNotLoaded: (p) =>
    `No Kolada data is loaded for ${p.what}. Fetch data in the pane's Kolada tab (turn network on first), or ask the region's IT to build Kolada data into the add-in.`,
  koladaNoValue: (p) => `Kolada has no value for ${p.what}: ${p.detail}`,
  koladaFetch: (p) => `Fetching from Kolada failed: ${p.reason}`,
  sieNotSie: (p) => `The file is not a SIE file (line ${p.line}): ${p.reason}. Nothing was imported.`,
  sieTruncated: (p) => `The SIE file is truncated: ${p.what} on line ${p.line} is never closed. Nothing was imported.`,
  sieAmount: (p) => `Line ${p.line}: the amount "${p.value}" cannot be read (expected e.g. -1234.50). Nothing was imported.`,
  sieDate: (p) => `Line ${p.line}: the date "${p.value}" cannot be read (expected YYYYMMDD). Nothing was imported.`,
  sieLedger: (p) => `The ledger cannot be updated: ${p.problem}. Nothing was changed.`,
  mappingOverlap: (p) => `${p.table}: ${p.a} and ${p.b} overlap. An account can have only one cost type; correct one of the rows.`,
  mappingDouble: (p) =>
    `Project ${p.project} is linked to two areas: ${p.a} and ${p.b}. A project can have only one area; correct one of the rows.`,
};

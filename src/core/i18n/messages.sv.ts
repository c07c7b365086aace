import type { ErrorCode, ErrorParams } from "../util/errors";

/** Swedish error messages: the reference catalogue. A missing code is a compile error. */
export type MessageCatalogue = { [C in ErrorCode]: (p: ErrorParams[C]) => string };

export const sv: MessageCatalogue = {
  unknownEntity: (p) =>
    `Okänd region/enhet "${p.input}".` + (p.suggestion ? ` Menade du "${p.suggestion}"?` : "") + ` Finns: ${p.available}.`,
  unknownIndicator: (p) =>
    `Okänd indikator "${p.input}".` + (p.suggestion ? ` Menade du "${p.suggestion}"?` : "") + " Se =PV.INDIKATORER().",
  noValueForPeriod: (p) => `Rapporterna anger inget värde för ${p.what} år ${p.year}. Finns: ${p.available}.`,
  rangeOnly: (p) =>
    `Rapporten anger bara ett intervall för ${p.what}: ${p.min}–${p.max} ${p.unit} (${p.period}). Ange "min" eller "max" som tredje argument.`,
  conflict: (p) => `Rapporterna anger olika värden för ${p.what}: ${p.values}. Välj ett med observationens id.`,
  noData: (p) => `Inga uppgifter finns för ${p.what}.` + (p.available ? ` Finns för: ${p.available}.` : ""),
  argType: (p) => `Argumentet ${p.arg} måste vara ${p.expected}.`,
  argNegative: (p) => `Argumentet ${p.arg} får inte vara negativt.`,
  argMissing: (p) => `Argumentet ${p.arg} saknas.`,
  argRange: (p) => `Argumentet ${p.arg} måste ligga mellan ${p.min} och ${p.max}.`,
  argChoice: (p) => `Argumentet ${p.arg} måste vara något av: ${p.allowed}.`,
  shapeMismatch: (p) => `Områdena ${p.a} och ${p.b} måste ha samma storlek.`,
  divZero: (p) => `${p.arg} är noll.`,
  ledgerColumns: (p) => `Huvudbokföringen saknar kolumnerna: ${p.missing}.`,
  ledgerEmpty: () => "Huvudboken har inga rader med belopp.",
  koladaNotLoaded: (p) =>
    `Ingen Kolada-data är laddad för ${p.what}. Hämta data i panelens flik Kolada (kräver att du slår på nätverk), eller be IT köra npm run kolada -- --snapshot.`,
  koladaNoValue: (p) => `Kolada har inget värde för ${p.what}: ${p.detail}`,
  koladaFetch: (p) => `Hämtningen från Kolada misslyckades: ${p.reason}`,
};

import { clip } from "../util/text";
import type { ErrorCode, ErrorParams } from "../util/errors";

/** Swedish error messages: the reference catalogue. A missing code is a compile error. */
export type MessageCatalogue = { [C in ErrorCode]: (p: ErrorParams[C]) => string };

export const sv: MessageCatalogue = {
  unknownEntity: (p) =>
    `Okänd region/enhet "${clip(p.input, 60)}".` + (p.suggestion ? ` Menade du "${p.suggestion}"?` : "") + ` Finns: ${p.available}.`,
  unknownIndicator: (p) =>
    `Okänd indikator "${clip(p.input, 60)}".` + (p.suggestion ? ` Menade du "${p.suggestion}"?` : "") + " Se =PV.INDIKATORER().",
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
  ledgerErrorValue: (p) => `Huvudboken har felvärdet ${p.value} på rad ${p.row} i kolumnen ${p.column}. Rätta cellen; raden räknas inte.`,
  receivedNegative: (p) =>
    `Huvudbokens summa är negativ (${p.amount}) och kan inte vara mottaget belopp. Ange mottaget belopp som andra argument.`,
  linkedAboveReceived: (p) =>
    `Spårbarheten blir över 100 %: belopp kopplade till aktivitet och resultat (${p.linked}) överstiger mottaget (${p.received}). Kontrollera mottaget belopp och huvudbokens rader.`,
  linkedNegative: (p) => `Spårbarheten blir negativ: de kopplade beloppen är netto ${p.linked} efter rättelser (negativa rader).`,
  partAboveTotal: (p) =>
    `Primärvårdskostnaden${p.part ? ` (${p.part})` : ""} är större än den totala kostnaden${p.total ? ` (${p.total})` : ""}; andelen kan inte överstiga 100 %.`,
  resultTooLarge: () => "Resultatet blir för stort för Excel. Kontrollera argumentens storleksordning.",
  koladaNotLoaded: (p) =>
    `Ingen Kolada-data är laddad för ${p.what}. Hämta data i panelens flik Kolada (kräver att du slår på nätverk), eller be regionens IT bygga in Kolada-data i tillägget.`,
  koladaNoValue: (p) => `Kolada har inget värde för ${p.what}: ${p.detail}`,
  koladaFetch: (p) => `Hämtningen från Kolada misslyckades: ${p.reason}`,
  sieNotSie: (p) => `Filen är ingen SIE-fil (rad ${p.line}): ${p.reason}. Inget importerades.`,
  sieTruncated: (p) => `SIE-filen är avkortad: ${p.what} på rad ${p.line} avslutas aldrig. Inget importerades.`,
  sieAmount: (p) => `Rad ${p.line}: beloppet "${p.value}" kan inte läsas (ska vara t.ex. -1234.50). Inget importerades.`,
  sieDate: (p) => `Rad ${p.line}: datumet "${p.value}" kan inte läsas (ska vara ÅÅÅÅMMDD). Inget importerades.`,
  sieLedger: (p) => `Huvudboken kan inte uppdateras: ${p.problem}. Inget ändrades.`,
  mappingOverlap: (p) => `${p.table}: ${p.a} och ${p.b} överlappar. Ett konto får bara ha ett kostnadsslag; rätta en av raderna.`,
  mappingDouble: (p) =>
    `Projektet ${p.project} är kopplat till två insatsområden: ${p.a} och ${p.b}. Ett projekt får bara ha ett insatsområde; rätta en av raderna.`,
};

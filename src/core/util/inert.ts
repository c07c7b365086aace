/**
 * The one rule for text from outside (SIE files, Kolada, a workbook's saved parts, what the user typed) on its
 * way into a cell: text that Excel would read as a formula or a number sign (= + - @) or whose own apostrophe
 * Excel would swallow (') gets Excel's quote prefix, an apostrophe in front. Plans carry that text; the Office.js
 * executor writes it as a value (Excel keeps the apostrophe as the cell's quote prefix and shows the text as
 * given), and the .xlsx executor writes the text without the apostrophe in a quotePrefix style (quoteText).
 * A plan's text that starts with = is a formula the add-in wrote itself; outside text never does.
 */

const ACTIVE = /^[=+\-@']/;

/** Text from outside, made inert for a cell: it shows as given and never becomes a formula. */
export function inert(text: string): string {
  return ACTIVE.test(text) ? `'${text}` : text;
}

/** For an executor that writes files: the text to store, and whether the cell needs the quote prefix. */
export function quoteText(value: string): { text: string; quoted: boolean } {
  return value.startsWith("'") ? { text: value.slice(1), quoted: true } : { text: value, quoted: false };
}

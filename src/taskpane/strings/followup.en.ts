/** English text of the follow-up view, typed by the Swedish reference (followup.sv.ts): a missing key does not compile. */
import type { FollowupStrings } from "./followup.sv";

export const followupEn: FollowupStrings = {
  locale: "en" as "sv" | "en",
  intro:
    "From the ledger to both grant reports: confirm the cost types (Kammarkollegiet), link the projects to areas (Socialstyrelsen), add result indicators and write the sheet Återrapportering with the crosswalk that reconciles them.",
  noImport: "First write the ledger in the SIE tab. The follow-up starts from that file.",
  file: (name: string, rows: number) => `Ledger from ${name}: ${rows} rows.`,
  step1: "1. Cost types (Kammarkollegiet)",
  preset: "Chart of accounts",
  proposed: (reason: string) => `Proposed: ${reason}.`,
  checkOwnChart:
    "Region-Bas/L-Bas: the region's own chart of accounts must be checked. The proposal follows the common chart; change the rows on the sheet Kostnadsslag where yours differs.",
  accountsTitle: (n: number) => `All ${n} accounts with the proposed cost type and amount (nothing is written until you choose Write):`,
  account: "Account",
  byName: "from the account name",
  costType: "Cost type",
  amount: "Amount (kr)",
  step2: "2. Areas (Socialstyrelsen)",
  year: "Grant year",
  areaList: "List of areas",
  unmapped: "Not linked (Ej kopplat)",
  received: "Grant received (kr)",
  receivedHint: "Leave empty if the amount is not known; then fill it in on the sheet Återrapportering.",
  step3: "3. Result indicators",
  resultsNone: "None yet. Add them here or on the sheet Resultat.",
  area: "Area",
  indicator: "Indicator",
  kpi: "Kolada KPI or own",
  kpiHint: "A Kolada id (e.g. U71451) gives formulas over PV.KOLADA; ”eget” means the region's own figures.",
  unit: "Unit",
  actual: (year: number) => `Actual ${year}`,
  target: "Target",
  cumulative: "Adds up over years",
  add: "Add indicator",
  remove: "Remove",
  badNumber: "Enter a number.",
  write: "Write the follow-up",
  writeHint:
    "Writes the sheets Kostnadsslag, Insatsområden, Resultat and Återrapportering and gives the ledger the columns Kostnadsslag and Insatsområde. Your edits to the tables are kept on the next run.",
  kr: (s: string) => `SEK ${s}`,
};

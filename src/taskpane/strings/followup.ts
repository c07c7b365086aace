/** Text of the follow-up view, in its own chunk: loaded with the view. */
export const followupSv = {
  locale: "sv" as "sv" | "en",
  intro:
    "Från huvudboken till båda återrapporteringarna: bekräfta kostnadsslagen (Kammarkollegiet), koppla projekten till insatsområden (Socialstyrelsen), lägg till resultatindikatorer och skriv bladet Återrapportering med korstabellen som stämmer av dem mot varandra.",
  noImport: "Skriv först huvudboken under fliken SIE. Uppföljningen utgår från den filen.",
  file: (name: string, rows: number) => `Huvudbok från ${name}: ${rows} rader.`,
  step1: "1. Kostnadsslag (Kammarkollegiet)",
  preset: "Kontoplan",
  proposed: (reason: string) => `Förslag: ${reason}.`,
  checkOwnChart:
    "Region-Bas/L-Bas: regionens egen kontoplan måste kontrolleras. Förslaget följer den gemensamma planen; ändra raderna på bladet Kostnadsslag där er plan avviker.",
  accountsTitle: (n: number) => `Alla ${n} konton med föreslaget kostnadsslag och belopp (inget skrivs förrän du väljer Skriv):`,
  account: "Konto",
  costType: "Kostnadsslag",
  amount: "Belopp (kr)",
  step2: "2. Insatsområden (Socialstyrelsen)",
  year: "Bidragsår",
  areaList: "Lista med insatsområden",
  unmapped: "Ej kopplat",
  received: "Mottaget statsbidrag (kr)",
  receivedHint: "Lämnas tomt om beloppet inte är känt; fyll då i det på bladet Återrapportering.",
  step3: "3. Resultatindikatorer",
  resultsNone: "Inga ännu. Lägg till dem här eller på bladet Resultat.",
  area: "Insatsområde",
  indicator: "Indikator",
  kpi: "Kolada-KPI eller eget",
  kpiHint: "Ett Kolada-id (t.ex. U71451) ger formler över PV.KOLADA; ”eget” är regionens egna siffror.",
  unit: "Enhet",
  actual: (year: number) => `Utfall ${year}`,
  target: "Mål",
  cumulative: "Summeras över år",
  add: "Lägg till indikator",
  remove: "Ta bort",
  badNumber: "Ange ett tal.",
  write: "Skriv uppföljningen",
  writeHint:
    "Skriver bladen Kostnadsslag, Insatsområden, Resultat och Återrapportering och ger huvudboken kolumnerna Kostnadsslag och Insatsområde. Dina ändringar i tabellerna behålls vid nästa körning.",
  kr: (s: string) => `${s} kr`,
};

export type FollowupStrings = typeof followupSv;

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

export const followupStrings = (lang: "sv" | "en"): FollowupStrings => (lang === "en" ? followupEn : followupSv);

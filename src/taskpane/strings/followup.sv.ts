/** Text of the follow-up view (the reference language), in its own chunk: loaded with the view. */
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
  byName: "efter kontonamnet",
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

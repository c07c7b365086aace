/**
 * Jämtland Härjedalen 2022 as a ledger (Ramboll 2025, 3.3): four Kammarkollegiet cost types, the region's five
 * themes for Socialstyrelsen, and the outputs the report names as result indicators. The amounts are chosen
 * (the report gives none); their total equals the grant received.
 */
import type { CostRule, ResultIndicator } from "../../../src/core/followup/types";
import { areaListById } from "../../../src/core/followup/presets";
import type { LedgerRow } from "../../../src/core/sie/ledger";
import { followupInput, type FollowupChoice, type KoladaState } from "../../../src/core/workbook/followupPlan";

export const THEMES = areaListById("jamtland-2022")!.areas.map((a) => a.name);

const P = [
  ["2201", "Ledarskap nära vård", THEMES[0]],
  ["2202", "Personcentrerad vård", THEMES[1]],
  ["2203", "Digitala vårdmöten", THEMES[2]],
  ["2204", "Tillgänglighet vårdcentral", THEMES[3]],
  ["2205", "Kompetenslyft", THEMES[4]],
] as const;

const A: Record<string, string> = {
  "4011": "Löner tillsvidareanställda",
  "4511": "Arbetsgivaravgifter",
  "5511": "Inhyrda sjuksköterskor",
  "6111": "Köpt primärvård",
  "6811": "Kurser och konferenser",
  "7011": "IT-tjänster",
};

const row = (project: number, account: string, ore: number, activity = ""): LedgerRow => ({
  year: "2022",
  project: P[project][0],
  projectName: P[project][1],
  activity,
  activityName: "",
  account,
  accountName: A[account],
  ore,
  vouchers: 1,
  budgetOre: null,
});

export const JH_ROWS: LedgerRow[] = [
  row(0, "4011", 310_000_00),
  row(0, "4511", 97_340_50),
  row(0, "6811", 42_000_00),
  row(1, "4011", 520_000_00),
  row(1, "4511", 163_280_00),
  row(1, "6111", 600_000_00),
  row(2, "7011", 880_000_25),
  row(2, "4011", 250_000_00),
  row(3, "5511", 1_450_000_00),
  row(3, "6111", 380_500_00),
  row(4, "4011", 640_000_00),
  row(4, "6811", 215_879_25),
  row(4, "5511", 120_000_00),
];

export const JH_TOTAL_ORE = JH_ROWS.reduce((s, r) => s + r.ore, 0);

/** A region chart: class 4 personnel (Region-Bas), the rest as the controller sets it. */
export const JH_RULES: CostRule[] = [
  { from: 4000, to: 4999, costType: "Egen personal" },
  { from: 5500, to: 5599, costType: "Inhyrd personal" },
  { from: 6000, to: 6499, costType: "Köpt vård och verksamhet" },
  { from: 6500, to: 7999, costType: "Övriga varor och tjänster" },
];

export const COST_OF: Record<string, string> = {
  "4011": "Egen personal",
  "4511": "Egen personal",
  "5511": "Inhyrd personal",
  "6111": "Köpt vård och verksamhet",
  "6811": "Övriga varor och tjänster",
  "7011": "Övriga varor och tjänster",
};

export const JH_RESULTS: ResultIndicator[] = [
  {
    area: THEMES[4],
    indicator: "Handledarutbildningar",
    kpi: "eget",
    unit: "antal",
    higherIsBetter: true,
    cumulative: true,
    baseline: { year: 2021, value: 0 },
    target: { year: 2022, value: 100 },
    actuals: { 2022: 100 },
  },
  {
    area: THEMES[4],
    indicator: "Vidareutbildade sjuksköterskor",
    kpi: "eget",
    unit: "antal",
    higherIsBetter: true,
    cumulative: true,
    baseline: { year: 2021, value: 0 },
    target: { year: 2022, value: 48 },
    actuals: { 2022: 48 },
  },
  {
    area: THEMES[3],
    indicator: "Helhetsintryck av besöket i primärvården",
    kpi: "U71451",
    unit: "%",
    higherIsBetter: true,
    cumulative: false,
    actuals: {},
  },
];

export const NO_KOLADA: KoladaState = {
  loaded: false,
  region: "0023",
  regionName: "Region Jämtland Härjedalen",
  fetchedAt: () => undefined,
};

export function jhChoice(over: Partial<FollowupChoice> = {}): FollowupChoice {
  return {
    year: 2022,
    received: JH_TOTAL_ORE / 100,
    rows: JH_ROWS,
    rules: JH_RULES,
    preset: { name: "Region-Bas/L-Bas", source: "followup.json" },
    areas: THEMES.map((name) => ({ name, source: "Ramboll 2025, 3.3" })),
    mappings: P.map(([project, , area]) => ({ project, area })),
    results: JH_RESULTS,
    resultYears: [2021, 2022],
    kolada: NO_KOLADA,
    ...over,
  };
}

export const jhInput = (over: Partial<FollowupChoice> = {}) => followupInput(jhChoice(over));

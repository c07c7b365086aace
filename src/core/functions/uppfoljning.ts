/**
 * UPPFOLJNING(huvudbok; kostnadsslag; insatser; [år]): the crosswalk cost type × insatsområde with row totals,
 * column totals, the ledger's total and the difference, as a matrix for Excel to spill. Amounts are in the
 * ledger's own unit (kr for a SIE ledger "Belopp (kr)"), computed in öre by the model.
 */
import * as A from "./args";
import { shift } from "../util/decimal";
import { crosswalk } from "../followup/model";
import { ORE_SHIFT, readAreaMappings, readCostRules, readLedger } from "../followup/tables";
import type { Crosswalk } from "../followup/types";

export type Out = (string | number)[][];

export function crosswalkMatrix(c: Crosswalk, toUnit: (ore: number) => number): Out {
  const areas = c.areas.map((a) => a.name);
  const header = ["Kostnadsslag \\ Insatsområde", ...areas, "Summa"];
  const cell = new Map(c.matrix.map((m) => [`${m.costType}\u0000${m.area}`, m.ore]));
  const body = c.costTypes.map((t) => [t.name, ...areas.map((a) => toUnit(cell.get(`${t.name}\u0000${a}`) ?? 0)), toUnit(t.ore)]);
  const matrixSum = c.total - c.difference;
  const pad = areas.map(() => "");
  return [
    header,
    ...body,
    ["Summa", ...c.areas.map((a) => toUnit(a.ore)), toUnit(matrixSum)],
    ["Huvudbokens summa", ...pad, toUnit(c.total)],
    ["Differens (huvudbok − korstabell)", ...pad, toUnit(c.difference)],
  ];
}

export function uppfoljning(ledgerArg: A.Raw, costArg: A.Raw, areaArg: A.Raw, yearArg?: A.Raw): Out {
  const year = A.isEmpty(A.scalar(yearArg, "år")) ? undefined : A.year(yearArg, "år");
  const rules = readCostRules(A.asMatrix(costArg));
  const mappings = readAreaMappings(A.asMatrix(areaArg));
  const ledger = readLedger(A.asMatrix(ledgerArg), year);
  const k = ORE_SHIFT[ledger.unit];
  const c = crosswalk(ledger.rows, rules, mappings, { year: year ?? null });
  return crosswalkMatrix(c, (ore) => shift(ore, -k));
}

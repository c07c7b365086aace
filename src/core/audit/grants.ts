/**
 * The reports' grant accounts: the cost items listed for a grant against the amount received. More than
 * received is a contradiction; less is a gap in the report's own list, the untraced remainder GRANT_TRACE shows.
 */
import { addIntervals, intervalIn, overlaps, statementInterval } from "../dataset/compare";
import { sum as exactSum } from "../util/decimal";
import { amount, entityName, listText, num, side, statementText, where } from "./describe";
import type { Observation } from "../dataset/types";
import { convert } from "../dataset/units";
import type { AuditContext, Draft } from "./types";

export function grantItems(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  const firstValued = (ids: string[]) => ids.map((id) => ctx.byId.get(id)).find((o): o is Observation => o?.value !== undefined);
  for (const acc of ctx.data.grantAccounts) {
    const received = firstValued(acc.received);
    if (!received) continue;
    const listed = acc.categories.map((c) => ({ name: c.name, obs: firstValued(c.amounts) }));
    const items = listed.filter((c) => c.obs).map((c) => ({ name: c.name, obs: c.obs! }));
    const unpriced = listed.filter((c) => !c.obs).map((c) => c.name);
    if (items.length === 0) continue;
    const unit = received.unit;
    const inUnit = (o: Observation) => convert(o.value!, o.unit, unit) ?? o.value!;
    const sum = exactSum(items.map((i) => inUnit(i.obs)));
    const itemsRange = addIntervals(items.map((i) => intervalIn(statementInterval(i.obs.value!, i.obs.qualifier), i.obs.unit, unit)!));
    const receivedRange = statementInterval(received.value!, received.qualifier);
    if (overlaps(itemsRange, receivedRange)) continue;
    const over = sum > received.value!;
    const gap = exactSum([received.value!, -sum]);
    const who = `${entityName(ctx.data, acc.entity)} ${acc.year}`;
    const list = listText(items.map((i) => `${i.name} ${statementText(i.obs)}`));
    const stated = side("Mottaget", received.value!, unit, [received]);
    const other = side(
      "Summan av redovisade poster",
      sum,
      unit,
      items.map((i) => i.obs),
    );
    out.push({
      check: "bidragsposter",
      severity: over ? "motsägelse" : "förklarad lucka",
      title: over
        ? `${who}: redovisade poster summerar till ${num(sum)} ${unit}, mer än mottagna ${num(received.value!)}`
        : `${who}: ${num(received.value!)} ${unit} mottaget, redovisade poster summerar till ${num(sum)}`,
      detail: over
        ? `${where(received)}: ${statementText(received)} mottaget, men posterna (${list}) summerar till ${amount(sum, unit)}.`
        : `${where(received)}: ${statementText(received)} mottaget. Posterna med belopp i rapporten (${list}) summerar till ${amount(sum, unit)}` +
          (unpriced.length ? `; ${listText(unpriced)} anges utan belopp` : "") +
          `. Rapportens egen lista är alltså ofullständig: ${amount(gap, unit)} redovisas inte, vilket är det ej spårbara belopp som =PV.GRANT_TRACE("${entityName(ctx.data, acc.entity)}"; ${acc.year}) visar. En lucka i redovisningen, ingen motsägelse.`,
      stated,
      other,
      difference: exactSum([sum, -received.value!]),
      differenceText: over ? `${amount(-gap, unit)} mer än mottaget` : `${amount(gap, unit)} av mottaget finns inte i listan`,
    });
  }
  return out;
}

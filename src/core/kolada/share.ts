/**
 * Primary care's share of health-care cost for any region and year, computed by the add-in from Kolada data
 * (so it is attributed as "Egen beräkning på data från Kolada", never to Kolada). N71000 excludes medicines,
 * so the denominator excludes them too: the total health-care net cost including medicines (N70061) minus
 * the net cost of medicines (N70059). All three are kr per inhabitant, so the population cancels out.
 */
import { DomainError } from "../util/errors";
import { formatNumber } from "../util/text";
import type { KoladaStore } from "./store";
import type { KoladaRegion } from "./regions";

export const SHARE_KPIS = { primary: "N71000", total: "N70061", medicines: "N70059" } as const;

export const SHARE_ATTRIBUTION = "Egen beräkning på data från Kolada";

export const SHARE_DEFINITION =
  "Primärvårdens andel = N71000 Kostnad primärvård (exkl. läkemedel) / (N70061 Nettokostnad hälso- och sjukvård totalt (inkl. läkemedel) − N70059 Nettokostnad läkemedel totalt (exkl. tandvård)), alla i kr/inv, kön totalt. Både täljare och nämnare exkluderar läkemedel. Exakt kvot; avrundningen sköts av cellens talformat.";

export interface KoladaShare {
  /** The exact quotient N71000 / (N70061 − N70059), as the same quotient of KOLADA() cells gives it; cells round. */
  share: number;
  /** The same quotient in percent, computed as 100 · N71000 / (N70061 − N70059) (no ×100 rounding noise). */
  percent: number;
  primary: number;
  total: number;
  medicines: number;
}

/** The share, or a DomainError naming the KPI that is missing or empty for the region and year. */
export function koladaShare(store: KoladaStore, region: KoladaRegion, year: number): KoladaShare | DomainError {
  const parts: number[] = [];
  for (const id of [SHARE_KPIS.primary, SHARE_KPIS.total, SHARE_KPIS.medicines]) {
    const hit = store.lookup(id, region.id, year);
    if (hit.kind !== "value") {
      const what = `${region.name} ${year}`;
      if (!store.kpi(id)) return new DomainError("koladaNotLoaded", { what: `${id} (behövs för primärvårdens andel)` });
      return new DomainError("koladaNoValue", {
        what,
        detail: `${id} ${hit.kind === "null" ? "har inget värde (tomt i Kolada)" : "saknas i hämtad data"}, så andelen kan inte beräknas.`,
      });
    }
    parts.push(hit.value);
  }
  const [primary, total, medicines] = parts;
  const denominator = total - medicines;
  if (!(denominator > 0)) return new DomainError("divZero", { arg: `N70061 − N70059 för ${region.name} ${year}` });
  return { share: primary / denominator, percent: (primary * 100) / denominator, primary, total, medicines };
}

/** "18,342 % (egen beräkning …: 4 512 / (27 100 − 2 500) kr/inv)" for KALLA and tables. */
export function shareCitation(s: KoladaShare, region: KoladaRegion, year: number, fetchedAt: string | undefined): string {
  return (
    `${SHARE_ATTRIBUTION}: ${region.name} ${year} = ${formatNumber(s.share * 100, 3)} % ` +
    `= ${formatNumber(s.primary)} / (${formatNumber(s.total)} − ${formatNumber(s.medicines)}) kr/inv. ${SHARE_DEFINITION}` +
    (fetchedAt ? ` Källa för talen: Kolada, hämtad ${fetchedAt.slice(0, 10)}.` : "")
  );
}

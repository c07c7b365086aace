/**
 * Consistency audit of the dataset. Every finding is computed from the data by a check; nothing is marked
 * wrong by hand. Each finding names both sources, says whether the statements contradict each other, differ
 * by rounding, are reconciled by a qualifier, or leave a gap the report explains, and why.
 */
import { shortCitation } from "../dataset/sources";
import type { Dataset, Source } from "../dataset/types";
import { grantItems } from "./grants";
import { derivedDifferences, rangeChecks, repeatedStatements } from "./statements";
import { citeOnce, quote } from "./quote";
import { periodSums, rowSums, shares } from "./sums";
import { CHECK_LABELS, type AuditContext, type AuditFinding, type Draft } from "./types";

export {
  CHECK_LABELS,
  PARTS_OF_TOTAL,
  type PartsOfTotal,
  type AuditFinding,
  type AuditSource,
  type CheckKind,
  type FindingSide,
  type Severity,
} from "./types";

/** Checks in order: period sums first, since shares are judged against what they find. */
const CHECKS: ((ctx: AuditContext) => Draft[])[] = [
  periodSums,
  rowSums,
  shares,
  repeatedStatements,
  derivedDifferences,
  rangeChecks,
  grantItems,
];

function uniqueSources(list: Source[]): Source[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.report}|${s.section}|${s.label ?? ""}|${s.excerpt}`;
    return !seen.has(k) && !!seen.add(k);
  });
}

/** Two checks that find the same discrepancy (same statement, same values) make one finding. */
function merge(drafts: Draft[]): AuditFinding[] {
  const out: AuditFinding[] = [];
  const byKey = new Map<string, AuditFinding>();
  for (const d of drafts) {
    const key = `${[...d.stated.observationIds].sort().join(",")}|${d.stated.value}|${d.other.value}|${d.severity}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.checks.includes(d.check)) seen.checks.push(d.check);
      if (!seen.detail.includes(d.detail)) seen.detail += ` ${d.detail}`;
      seen.other = {
        ...seen.other,
        observationIds: [...new Set([...seen.other.observationIds, ...d.other.observationIds])],
        sources: uniqueSources([...seen.other.sources, ...d.other.sources]),
      };
      continue;
    }
    const f: AuditFinding = { ...d, id: `${d.check}-${out.length + 1}`, checks: [d.check] };
    byKey.set(key, f);
    out.push(f);
  }
  return out;
}

export function runAudit(data: Dataset): AuditFinding[] {
  const ctx: AuditContext = {
    data,
    byId: new Map(data.observations.map((o) => [o.id, o])),
    valued: data.observations.filter((o) => o.value !== undefined && !o.dimension),
    mislabelled: new Map(),
  };
  const withQuotes = (sources: Source[]) => sources.map((s) => ({ ...s, quote: quote(data, s) }));
  return merge(CHECKS.flatMap((check) => check(ctx))).map((f) => ({
    ...f,
    detail: citeOnce(f.detail, [...f.stated.sources, ...f.other.sources]),
    stated: { ...f.stated, sources: withQuotes(f.stated.sources) },
    other: { ...f.other, sources: withQuotes(f.other.sources) },
  }));
}

export const AUDIT_HEADER = [
  "Bedömning",
  "Iakttagelse",
  "Förklaring",
  "Angivet",
  "Jämfört med",
  "Enhet",
  "Skillnad",
  "Kontroll",
  "Källor",
] as const;

/** One finding as a table row (GRANSKNING and the Granskning sheet). */
export function auditRow(f: AuditFinding): (string | number)[] {
  const sources = uniqueSources([...f.stated.sources, ...f.other.sources]).map((s) => shortCitation(s));
  return [
    f.severity,
    f.title,
    f.detail,
    f.stated.value,
    f.other.value,
    f.stated.unit,
    f.differenceText,
    f.checks.map((c) => CHECK_LABELS[c]).join("; "),
    [...new Set(sources)].join("; "),
  ];
}

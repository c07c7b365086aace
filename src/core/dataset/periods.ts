/** Periods as the reports state them: a year ("2024"), a span ("2019–2024"), or none (null). */

export interface Span {
  from: number;
  to: number;
}

const SPAN = /^(\d{4})(?:\s*[–-]\s*(\d{4}))?$/;

export function parsePeriod(period: string | null): Span | null {
  if (period === null) return null;
  const m = SPAN.exec(period.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from <= to ? { from, to } : null;
}

export function spanContains(period: string | null, year: number): boolean {
  const s = parsePeriod(period);
  return s !== null && s.from <= year && year <= s.to;
}

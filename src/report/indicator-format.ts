import type { IndicatorResult } from "../domain";

/**
 * Number formats for indicator values. An indicator column mixes counts
 * (45 000 besök), shares (87,5) and ratios (1,25), so the format is chosen per
 * indicator: as many decimals as its values were written with (or need), at
 * most three, the same across its years and target so 96 and 97,2 line up as
 * 96,0 and 97,2; thousands separated from 1 000 up.
 */
const MAX_DECIMALS = 3;

/** Decimals written in the source text ("12,50" → 2), null when the text is no plain number. */
function writtenDecimals(raw: string | undefined, value: number): number | null {
  const t = (raw ?? "").trim().replace(/[\s\u00A0]/g, "");
  const m = /^[-−–]?\d+(?:[.,](\d+))?%?$/.exec(t);
  if (!m) return null;
  const d = m[1]?.length ?? 0;
  // "45.000" for 45 000 groups thousands; it does not write three decimals.
  return d === 3 && Number.isInteger(value) && Math.abs(value) >= 1000 ? 0 : d;
}

function valueDecimals(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) if (Math.abs(value * 10 ** d - Math.round(value * 10 ** d)) < 1e-9) return d;
  return MAX_DECIMALS;
}

export function indicatorDecimals(ind: IndicatorResult): number {
  const pairs: { value: number; raw?: string }[] = ind.values.flatMap((v) => (v.value === null ? [] : [{ value: v.value, raw: v.raw }]));
  if (ind.target !== null) pairs.push({ value: ind.target, raw: ind.targetRaw ?? undefined });
  let d = 0;
  for (const p of pairs) d = Math.max(d, writtenDecimals(p.raw, p.value) ?? 0, valueDecimals(p.value));
  return Math.min(MAX_DECIMALS, d);
}

/** "#,##0", "0", "0.0", "#,##0.00" … for one value of an indicator. */
export function indicatorNumberFormat(value: number, decimals: number): string {
  const int = Math.abs(value) >= 1000 ? "#,##0" : "0";
  return decimals === 0 ? int : `${int}.${"0".repeat(decimals)}`;
}

export function indicatorFormat(ind: IndicatorResult, value: number): string {
  return indicatorNumberFormat(value, indicatorDecimals(ind));
}

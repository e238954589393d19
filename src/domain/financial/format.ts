import { toA1 } from "../a1";
import { formatEn, formatSv } from "../numbers";
import { TRAILING_MARKS } from "./patterns";

/** Decimals a step stands for: 1 → 0, 0.1 → 1. */
export function stepDecimals(step: number): number {
  return Math.max(0, Math.round(-Math.log10(step)));
}

/** "−4 935 tkr", "25,2 mnkr". */
export function amount(value: number, step: number, unit: string): string {
  return `${formatSv(value, stepDecimals(step))} ${unit}`;
}

/** The same for `messageEn`: "−4,935 tkr", "25.2 mnkr". */
export function amountEn(value: number, step: number, unit: string): string {
  return `${formatEn(value, stepDecimals(step))} ${unit}`;
}

/** A difference with its sign shown: "+1 tkr", "−738 tkr". */
export function signedAmount(value: number, step: number, unit: string): string {
  const s = formatSv(value, stepDecimals(step));
  return `${value > 0 && !/^0(,0*)?$/.test(s) ? "+" : ""}${s} ${unit}`;
}

/** The same for `messageEn`: "+1 tkr", "+0.1 mnkr". */
export function signedAmountEn(value: number, step: number, unit: string): string {
  const s = formatEn(value, stepDecimals(step));
  return `${value > 0 && !/^0(\.0*)?$/.test(s) ? "+" : ""}${s} ${unit}`;
}

/** Rows of one column as compact A1 ranges: [3,4,5,7] in C → ["C4:C6", "C8"]. */
export function columnRanges(rows: readonly number[], col: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? toA1(sorted[i], col) : `${toA1(sorted[i], col)}:${toA1(sorted[j], col)}`);
    i = j + 1;
  }
  return out;
}

/** A cell on another sheet, always quoted as the findings contract asks: 'Driftsammandrag'!B12. */
export function otherSheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** Short label for messages: without footnote marks, at most 60 characters. */
export function shortLabel(label: string): string {
  // Most labels end in a letter or digit: no footnote marks to strip, no regex to run.
  const last = label.charCodeAt(label.length - 1);
  const t = last > 32 && last < 127 && last !== 42 ? label.trim() : label.replace(TRAILING_MARKS, "").trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

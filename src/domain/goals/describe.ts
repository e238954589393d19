import { sheetRef } from "../a1";
import { GoalResult, IndicatorResult } from "../model";
import { fmtNum, fmtNumEn, indicatorLabel } from "./judge";

/** Shared wording for the goal rules' messages. */

export function directionSv(i: IndicatorResult): string {
  const base = i.direction === "lower" ? "lägre är bättre" : "högre är bättre";
  return i.directionGuessed ? `${base}, antaget` : base;
}

export function directionEn(i: IndicatorResult): string {
  const base = i.direction === "lower" ? "lower is better" : "higher is better";
  return i.directionGuessed ? `${base}, assumed` : base;
}

function unit(i: IndicatorResult): string {
  return i.unit && i.unit !== "%" ? ` ${i.unit}` : "";
}

/** "Chefers sjukfrånvaro 1,85 (2019) mot målvärde 1,3" */
export function missSv(i: IndicatorResult): string {
  const target = i.targetRaw && /[a-zåäö<>≤≥]/i.test(i.targetRaw) ? `”${i.targetRaw}”` : `${fmtNum(i.target ?? 0)}${unit(i)}`;
  return `${indicatorLabel(i)} ${fmtNum(i.value ?? 0)}${unit(i)} (${i.year}) mot målvärde ${target}`;
}

export function missEn(i: IndicatorResult): string {
  const target = i.targetRaw && /[a-zåäö<>≤≥]/i.test(i.targetRaw) ? `"${i.targetRaw}"` : `${fmtNumEn(i.target ?? 0)}${unit(i)}`;
  return `${indicatorLabel(i)} ${fmtNumEn(i.value ?? 0)}${unit(i)} (${i.year}) against target ${target}`;
}

/** Indicators that were judged and miss their target. */
export function missing(g: GoalResult): IndicatorResult[] {
  return g.indicators.filter((i) => i.status === "delvis" || i.status === "ej-uppfyllt");
}

/** A cell of the goal's indicator sheet, qualified when the finding sits on another sheet. */
export function cellFrom(g: GoalResult, findingSheet: string, cell: string): string {
  return g.sheet === findingSheet ? cell : sheetRef(g.sheet, cell);
}

/** Splits `'Sheet'!B4` into sheet and cell; a plain address stays on `fallbackSheet`. */
export function splitRef(ref: string, fallbackSheet: string): { sheet: string; cell: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return { sheet: fallbackSheet, cell: ref };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: m[3] };
}

import { Cell, isCellError } from "../grid";
import { parseCellNumber } from "../numbers";
import { IndicatorUnit, splitUnitWord } from "./units";

/**
 * An indicator value as a controller writes it in a year column.
 * Markers that mean "no figure" are told apart from text that should have
 * been a number, because only the latter is a mistake in the workbook.
 */
export type IndicatorValue =
  | { kind: "number"; value: number; unit?: IndicatorUnit; preliminary?: boolean; footnote?: string }
  /** I.U. (ingen uppgift), "-", "Uppgift saknas": no figure for the year. */
  | { kind: "no-data"; marker: string }
  /** "Se ÅR.": reported in the annual report, so not assessable here. */
  | { kind: "annual-report"; marker: string }
  | { kind: "blank" }
  /** Text or an error value where a number belongs; `targetLike` when it reads as a target ("Mindre än 70"). */
  | { kind: "invalid"; text: string; targetLike: boolean };

const NO_DATA = /^(i\.?\s*u\.?|iu|u\.?\s*s\.?|uppgift saknas|ingen uppgift|saknas|ej tillgänglig|n\/?a|\.\.|[-\u2212\u2013\u2012\u2014])$/i;
const ANNUAL_REPORT = /^se\s+(år\.?|årsredovisning(en)?|årsredovisningen\.?)$/i;
/** Words that open a target text, used to recognise a target typed where a value belongs. */
export const TARGET_WORDS =
  /^(mindre än|större än|lägre än|högre än|färre än|fler än|mer än|inte mer än|inte över|inte under|högst|minst|max(imalt|imum)?\.?|min(imum)?\.?|under|över|lägst|[<>≤≥]=?)\s*/i;

/** Reads a year cell; a number-formatted percentage (0.969 shown as 96,9 %) becomes percentage points. */
export function parseIndicatorValue(cell: Cell | undefined): IndicatorValue {
  const v = cell?.value ?? null;
  if (v === null) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", text: String(v), targetLike: false };
    if (cell?.numberFormat && /%/.test(cell.numberFormat.replace(/"[^"]*"/g, ""))) return { kind: "number", value: roundNoise(v * 100), unit: "%" };
    return { kind: "number", value: v };
  }
  if (isCellError(v)) return { kind: "invalid", text: v.error, targetLike: false };
  if (typeof v === "boolean") return { kind: "invalid", text: v ? "SANT" : "FALSKT", targetLike: false };
  const text = v.replace(/\s+/g, " ").trim();
  if (text === "") return { kind: "blank" };
  if (NO_DATA.test(text)) return { kind: "no-data", marker: text };
  if (ANNUAL_REPORT.test(text)) return { kind: "annual-report", marker: text };
  const word = splitUnitWord(text);
  const p = parseCellNumber(word.text);
  if (p.kind === "number") {
    const out: IndicatorValue = { kind: "number", value: p.value };
    const unit = word.unit ?? p.unit;
    if (unit) out.unit = unit;
    if (p.preliminary) out.preliminary = true;
    if (p.footnote) out.footnote = p.footnote;
    return out;
  }
  return { kind: "invalid", text, targetLike: TARGET_WORDS.test(text) && /\d/.test(text) };
}

/** Removes binary noise such as 96.89999999 from 0.969 * 100. */
export function roundNoise(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/** The text a cell shows, for `raw` fields and messages. */
export function cellText(cell: Cell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "";
  if (typeof v === "number") return String(v).replace(".", ",");
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  if (isCellError(v)) return v.error;
  return v.trim();
}

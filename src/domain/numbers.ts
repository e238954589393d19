import { CellValue, isCellError } from "./grid";

/**
 * Reading numbers the way controllers type them into Excel, or paste them
 * from a PDF: "1 234 567", "−4 935", "– 614", "3,1", "19*", "320 mnkr".
 */

export type NumberUnit = "kr" | "tkr" | "mnkr" | "%" | "ha";

export type ParsedNumber =
  | {
      kind: "number";
      value: number;
      unit?: NumberUnit;
      footnote?: string;
      preliminary?: boolean;
      /** Written with points as thousands separators beyond doubt: "1.234.567", "1.234,5". */
      pointGrouped?: boolean;
      /** A lone point with three digits after it ("1.234"): read as a decimal point unless told otherwise. */
      ambiguousPoint?: boolean;
    }
  | { kind: "blank" }
  | { kind: "error"; code: string }
  | { kind: "text"; text: string };

// Space, no-break space (U+00A0), narrow no-break space (U+202F), thin space (U+2009).
const GROUP_SPACES = /[ \u00A0\u202F\u2009]/g;
// Hyphen-minus, minus sign (U+2212), en dash (U+2013), figure dash (U+2012).
const MINUS = /^[-\u2212\u2013\u2012]\s*/;
const LONE_DASH = /^[-\u2212\u2013\u2012\u2014]$/;
const HAS_GROUP_SPACE = /[ \u00A0\u202F\u2009]/;
// Every group after the first has exactly three digits: "1 234 567", not "1 23" or "12 3456".
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00A0\u202F\u2009]+\d{3})+(?:[.,]\d+)?$/;
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}\.\d{3},\d+$/;
const AMBIGUOUS_POINT = /^\d{1,3}\.\d{3}$/;

export interface ParseOptions {
  /** The column writes points as thousands separators elsewhere, so "1.234" is 1 234. */
  pointGrouping?: boolean;
}

const UNIT_WORDS: ReadonlyArray<[RegExp, NumberUnit]> = [
  [/\s*(mnkr|mkr|milj\.?\s*kr|miljoner\s*kr)\.?$/i, "mnkr"],
  [/\s*tkr\.?$/i, "tkr"],
  [/\s*kr\.?$/i, "kr"],
  [/\s*%$/, "%"],
  [/\s*(ha|hektar)\.?$/i, "ha"],
];

/** Excel error values look like #REF!, #DIV/0!, #N/A, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!. */
const EXCEL_ERROR = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function parseNumberText(input: string, options?: ParseOptions): ParsedNumber {
  let s = input.trim();
  if (s === "") return { kind: "blank" };
  // A number starts with a digit, a sign or a bracket, and the suffixes come last: a label starting with a letter is text.
  // Labels are most of the text in a sheet, and this spares them a dozen regexes.
  if (startsWithLetter(s)) return { kind: "text", text: s };
  if (EXCEL_ERROR.test(s)) return { kind: "error", code: s.toUpperCase() };
  // A lone dash is how tables print "nothing here" (the seed's investment table has "–" cells).
  if (LONE_DASH.test(s)) return { kind: "blank" };

  let preliminary = false;
  const prel = /\s*\((prognos|prel\.?|preliminärt?)\)$/i.exec(s);
  if (prel) {
    preliminary = true;
    s = s.slice(0, prel.index).trim();
  }
  let footnote: string | undefined;
  const fn = /\s*(\*+)$/.exec(s);
  if (fn) {
    footnote = fn[1];
    s = s.slice(0, fn.index).trim();
  }
  let unit: NumberUnit | undefined;
  for (const [re, u] of UNIT_WORDS) {
    const m = re.exec(s);
    if (m) {
      unit = u;
      s = s.slice(0, m.index).trim();
      break;
    }
  }
  let negative = false;
  const minus = MINUS.exec(s);
  if (minus) {
    negative = true;
    s = s.slice(minus[0].length);
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  } else if (/^\(.*\)$/.test(s)) {
    // Accounting negative: (1 234)
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (HAS_GROUP_SPACE.test(s)) {
    if (!SPACE_GROUPED.test(s)) return { kind: "text", text: input.trim() };
    s = s.replace(GROUP_SPACES, "");
  }
  // Swedish decimal comma. A point is a decimal point, except in "1.234.567" and "1.234,5", where it can only group.
  // "1.234" could be either; Swedish Excel never types a point as a thousands separator, and a sheet that groups
  // with points shows it in its other values, so the reader passes `pointGrouping` for such a column.
  let normalized: string;
  let pointGrouped = false;
  let ambiguousPoint = false;
  if (/^\d+(,\d+)?$/.test(s)) normalized = s.replace(",", ".");
  else if (POINT_GROUPED.test(s)) {
    normalized = s.replace(/\./g, "").replace(",", ".");
    pointGrouped = true;
  } else if (AMBIGUOUS_POINT.test(s)) {
    ambiguousPoint = true;
    normalized = options?.pointGrouping ? s.replace(".", "") : s;
  } else if (/^\d+\.\d+$/.test(s)) normalized = s;
  else return { kind: "text", text: input.trim() };
  const value = Number(normalized) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { kind: "text", text: input.trim() };
  const out: ParsedNumber = { kind: "number", value: value === 0 ? 0 : value };
  if (unit) out.unit = unit;
  if (footnote) out.footnote = footnote;
  if (preliminary) out.preliminary = true;
  if (pointGrouped) out.pointGrouped = true;
  if (ambiguousPoint) out.ambiguousPoint = true;
  return out;
}

function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122;
}

/** A cell value as a number: numbers as they are, text parsed as typed, errors reported. */
export function parseCellNumber(value: CellValue | undefined, options?: ParseOptions): ParsedNumber {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", code: "#NUM!" };
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  if (isCellError(value)) return { kind: "error", code: value.error };
  return parseNumberText(value, options);
}

/** Converts an amount between kr, tkr and mnkr; other units are returned unchanged. */
export function convertAmount(value: number, from: NumberUnit | undefined, to: NumberUnit | undefined): number {
  const scale: Partial<Record<NumberUnit, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6 };
  const f = from ? scale[from] : undefined;
  const t = to ? scale[to] : undefined;
  if (f === undefined || t === undefined) return value;
  return (value * f) / t;
}

/** Swedish number text: 1 234 567 with no-break spaces, comma decimals, U+2212 minus. */
export function formatSv(value: number, decimals = 0): string {
  const s = roundHalfAway(Math.abs(value), decimals).toFixed(decimals);
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  const sign = value < 0 && Number(s) !== 0 ? "\u2212" : "";
  return sign + groupThousands(int) + (frac ? "," + frac : "");
}

/** English number text for `messageEn`: 1,234,567 with a decimal point and the same U+2212 minus. */
export function formatEn(value: number, decimals = 0): string {
  const s = roundHalfAway(Math.abs(value), decimals).toFixed(decimals);
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  const sign = value < 0 && Number(s) !== 0 ? "\u2212" : "";
  return sign + groupThousands(int, ",") + (frac ? "." + frac : "");
}

const DIGITS = /^\d+$/;

/** "1234567" → "1 234 567" with no-break spaces; runs for every amount in every message, so no regex replace. */
function groupThousands(int: string, sep = "\u00A0"): string {
  const n = int.length;
  if (n <= 3) return int;
  // toFixed writes "1e+21" and "Infinity" for huge values: leave those to the general rule.
  if (!DIGITS.test(int)) return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const head = n % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** Rounds half away from zero, as Swedish reports do (−25 157 tkr → −25,2 mnkr). */
export function roundHalfAway(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon absorbs binary noise such as 2.675 * 100 = 267.49999…
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

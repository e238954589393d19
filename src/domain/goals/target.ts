import { Cell, isCellError } from "../grid";
import { Direction } from "../model";
import { parseCellNumber } from "../numbers";
import { IndicatorUnit, splitUnitWord } from "./units";
import { parseIndicatorValue } from "./values";

export type TargetOperator = "<" | "<=" | ">" | ">=";

/** A Målvärde as written: a bound, the comparison its words set, and the unit it is in. */
export type ParsedTarget =
  | { kind: "target"; value: number; operator?: TargetOperator; unit?: IndicatorUnit; raw: string }
  /**
   * Measured against the indicator's own history, not a number: "Lägre än 2019"
   * (the value for 2019), "Bättre än föregående år", "Öka", "Minska" (the
   * previous available value). `direction` when the words give one ("Bättre"
   * leaves it to the Riktning column or the indicator's meaning); `inclusive`
   * for "Minst 2018 års nivå", where equal is enough.
   */
  | { kind: "relative"; reference: { year: number } | "previous"; direction?: Direction; inclusive: boolean; raw: string }
  /** Blank, I.U., "-": the indicator has no target to judge against. */
  | { kind: "none"; raw: string }
  | { kind: "invalid"; raw: string };

// Longer phrases first: "Inte över" must not be read as "Över".
const OPERATOR_WORDS: ReadonlyArray<[RegExp, TargetOperator]> = [
  [word("inte mer än|inte över|ej över|högst|maximalt|maximum|max|upp till"), "<="],
  [word("inte under|ej under|inte mindre än|minst|lägst|minimum|min"), ">="],
  [word("mindre än|lägre än|färre än|understiga|under"), "<"],
  [word("större än|högre än|fler än|mer än|överstiga|över"), ">"],
  [/^(≤|<=|=<)\s*/, "<="],
  [/^(≥|>=|=>)\s*/, ">="],
  [/^<\s*/, "<"],
  [/^>\s*/, ">"],
];

/** Matches one of the words at the start, as a whole word ("Min" must not match "Mindre"). */
function word(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})(?![a-zåäö])\\.?\\s*`, "i");
}

export function parseTarget(cell: Cell | undefined): ParsedTarget {
  const v = cell?.value ?? null;
  if (v === null) return { kind: "none", raw: "" };
  if (typeof v === "number" || typeof v === "boolean" || isCellError(v)) {
    const p = parseIndicatorValue(cell);
    if (p.kind === "number") return withUnit({ kind: "target", value: p.value, raw: String(v).replace(".", ",") }, p.unit);
    return { kind: "invalid", raw: isCellError(v) ? v.error : String(v) };
  }
  return parseTargetText(v);
}

export function parseTargetText(input: string): ParsedTarget {
  const raw = input.replace(/\s+/g, " ").trim();
  if (raw === "") return { kind: "none", raw };
  const marker = parseIndicatorValue({ value: raw });
  if (marker.kind === "no-data" || marker.kind === "annual-report") return { kind: "none", raw };
  const relative = parseRelativeTarget(raw);
  if (relative) return relative;
  let rest = raw;
  let operator: TargetOperator | undefined;
  for (const [re, op] of OPERATOR_WORDS) {
    const m = re.exec(rest);
    if (m) {
      operator = op;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const word = splitUnitWord(rest);
  const p = parseCellNumber(word.text);
  if (p.kind !== "number") return { kind: "invalid", raw };
  const out: ParsedTarget = { kind: "target", value: p.value, raw };
  if (operator) out.operator = operator;
  return withUnit(out, word.unit ?? p.unit);
}

// "än 2019", "än 2019 års nivå", "än nivån 2019": a year written as four plain digits, no unit.
// "Mindre än 2 000" or "Mindre än 2000 kr" stay numbers: grouping or a unit says it is an amount.
const YEAR_REF = String.raw`(?:nivån\s+(?:för\s+|år\s+)?)?((?:19|20)\d\d)(?:\s+års\s+(?:nivå|värde|utfall|resultat))?`;
const PREVIOUS_REF = String.raw`(?:föregående\s+år(?:et|s\s+(?:nivå|värde|utfall|resultat))?|förra\s+året|fg\.?\s+år|i\s+fjol|fjolårets\s+(?:nivå|värde)|året\s+innan|föregående\s+mätning|förra\s+mätningen|tidigare\s+år)`;
const COMPARATIVES: ReadonlyArray<[string, Direction | undefined]> = [
  ["lägre|mindre|färre", "lower"],
  ["högre|större|fler|mer", "higher"],
  ["bättre", undefined],
];
const CHANGE_WORDS: ReadonlyArray<[RegExp, Direction | undefined]> = [
  [/^(?:ska\s+)?(?:öka|ökning|ökande|öka(?:s|r)|höja|höjning|höjas)\.?$/i, "higher"],
  [/^(?:ska\s+)?(?:minska|minskning|minskande|minska(?:s|r)|sänka|sänkning|sänkas)\.?$/i, "lower"],
  [/^(?:ska\s+)?(?:förbättring|förbättra|förbättras|förbättrad)\.?$/i, undefined],
];

/**
 * A target that refers to the indicator's own values rather than a number.
 * Read before the number so that "Lägre än 2019" never becomes the bound 2019.
 */
export function parseRelativeTarget(raw: string): Extract<ParsedTarget, { kind: "relative" }> | undefined {
  const t = raw.replace(/\s+/g, " ").trim();
  for (const [re, direction] of CHANGE_WORDS) {
    if (re.test(t)) return relative("previous", direction, false, raw);
  }
  for (const [words, direction] of COMPARATIVES) {
    const m = new RegExp(`^(?:${words})\\s+än\\s+(?:(?:den\\s+)?för\\s+|i\\s+|under\\s+)?(?:${YEAR_REF}|${PREVIOUS_REF})\\.?$`, "i").exec(t);
    if (m) return relative(m[1] ? { year: Number(m[1]) } : "previous", direction, false, raw);
  }
  // "Minst 2018 års nivå", "Högst föregående års nivå", "Minst samma som 2018": equal is enough.
  const bound = /^(minst|lägst|inte under|högst|max|inte över)\s+(?:samma\s+(?:nivå\s+)?som\s+)?/i.exec(t);
  if (bound) {
    const rest = t.slice(bound[0].length);
    const direction: Direction = /^(minst|lägst|inte under)$/i.test(bound[1]) ? "higher" : "lower";
    const y = new RegExp(`^(?:${YEAR_REF})\\.?$`, "i").exec(rest);
    // A bare year after "Minst" is a number ("Minst 2019" besök); only "2019 års nivå" or "samma som 2019" refers to the year.
    if (y && (/års\s/i.test(rest) || /samma/i.test(bound[0]) || /^nivån/i.test(rest))) return relative({ year: Number(y[1]) }, direction, true, raw);
    if (new RegExp(`^(?:${PREVIOUS_REF})\\.?$`, "i").test(rest)) return relative("previous", direction, true, raw);
  }
  return undefined;
}

function relative(
  reference: { year: number } | "previous",
  direction: Direction | undefined,
  inclusive: boolean,
  raw: string,
): Extract<ParsedTarget, { kind: "relative" }> {
  const out: Extract<ParsedTarget, { kind: "relative" }> = { kind: "relative", reference, inclusive, raw };
  if (direction) out.direction = direction;
  return out;
}

/** The comparison a relative target sets once its direction is known: strict unless equal is enough. */
export function relativeOperator(direction: Direction, inclusive: boolean): TargetOperator {
  if (direction === "lower") return inclusive ? "<=" : "<";
  return inclusive ? ">=" : ">";
}

function withUnit(t: Extract<ParsedTarget, { kind: "target" }>, unit: IndicatorUnit | undefined): ParsedTarget {
  if (unit) t.unit = unit;
  return t;
}

/** The direction a target's words imply, if any. */
export function operatorDirection(op: TargetOperator | undefined): Direction | undefined {
  if (op === "<" || op === "<=") return "lower";
  if (op === ">" || op === ">=") return "higher";
  return undefined;
}

/**
 * Whether a value meets a target. A bare number is an inclusive bound
 * (97 is met by 97); "Mindre än 1" and "Större än 50" are strict. When the
 * direction came from elsewhere and disagrees with the words, the bound is
 * taken as inclusive in the given direction.
 */
export function meetsTarget(value: number, target: number, direction: Direction, operator?: TargetOperator): boolean {
  const strict = (operator === "<" && direction === "lower") || (operator === ">" && direction === "higher");
  // Values and targets typed with decimals (0,1 vs 0,15) carry binary noise; compare at a fixed precision.
  const a = Math.round(value * 1e9);
  const b = Math.round(target * 1e9);
  if (direction === "lower") return strict ? a < b : a <= b;
  return strict ? a > b : a >= b;
}

import { Cell, isCellError } from "../grid";
import { Direction } from "../model";
import { NumberUnit, parseCellNumber } from "../numbers";
import { parseIndicatorValue } from "./values";

export type TargetOperator = "<" | "<=" | ">" | ">=";

/** A Målvärde as written: a bound, the comparison its words set, and the unit it is in. */
export type ParsedTarget =
  | { kind: "target"; value: number; operator?: TargetOperator; unit?: NumberUnit; raw: string }
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
  const p = parseCellNumber(rest);
  if (p.kind !== "number") return { kind: "invalid", raw };
  const out: ParsedTarget = { kind: "target", value: p.value, raw };
  if (operator) out.operator = operator;
  return withUnit(out, p.unit);
}

function withUnit(t: Extract<ParsedTarget, { kind: "target" }>, unit: NumberUnit | undefined): ParsedTarget {
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

import { convertAmount, NumberUnit } from "../numbers";

/**
 * Units an indicator value or target can carry: the amounts and shares the
 * financial tables know, plus the counting words controllers write after a
 * target ("Max 5 dagar", "Högst 3 st", "Minst 80 procent").
 */
export type IndicatorUnit = NumberUnit | "dagar" | "timmar" | "veckor" | "st" | "antal" | "personer";

type Money = "kr" | "tkr" | "mnkr";
const MONEY_SCALE: Record<Money, number> = { kr: 1, tkr: 1e3, mnkr: 1e6 };
export const isMoney = (u: IndicatorUnit | undefined): u is Money => u === "kr" || u === "tkr" || u === "mnkr";
/** Counting words that name the same kind of thing: "3 st" and "3 personer" compare. */
const COUNT = new Set<IndicatorUnit>(["st", "antal", "personer"]);

// After a digit only, so "st" never eats the end of a word, and "Se ÅR." stays a marker.
const UNIT_WORDS: ReadonlyArray<[RegExp, IndicatorUnit]> = [
  [/(?<=\d)\s*procent\.?$/i, "%"],
  [/(?<=\d)\s*(dagar|dag|dygn)\.?$/i, "dagar"],
  [/(?<=\d)\s*(timmar|timme|tim)\.?$/i, "timmar"],
  [/(?<=\d)\s*(veckor|vecka|v)\.?$/i, "veckor"],
  [/(?<=\d)\s*(stycken|st)\.?$/i, "st"],
  [/(?<=\d)\s*antal\.?$/i, "antal"],
  [/(?<=\d)\s*(personer|person|pers)\.?$/i, "personer"],
];

/** Splits a trailing unit word the number parser does not know ("5 dagar" → "5", dagar). */
export function splitUnitWord(text: string): { text: string; unit?: IndicatorUnit } {
  for (const [re, unit] of UNIT_WORDS) {
    const m = re.exec(text);
    if (m) return { text: text.slice(0, m.index).trim(), unit };
  }
  return { text };
}

/** Whether two units can be compared after conversion. */
export function compatibleUnits(a: IndicatorUnit, b: IndicatorUnit): boolean {
  return a === b || (isMoney(a) && isMoney(b)) || (COUNT.has(a) && COUNT.has(b));
}

export interface RowNumber {
  value: number | null;
  /** Unit written beside the number, if any. */
  unit?: IndicatorUnit;
}

export interface RowUnits {
  /** The one unit every value and the target are expressed in, if the row states any. */
  unit?: IndicatorUnit;
  /** The values, converted to `unit` (null stays null). */
  values: (number | null)[];
  /** The target converted to `unit`; null when there is none or the units cannot be compared. */
  target: number | null;
  notes: string[];
  /** `notes` in English, index for index. */
  notesEn: string[];
  /** The units cannot be compared (ha against %): the row is not judged. */
  incomparable: boolean;
}

/**
 * Puts a row's values and target into one unit, so that trend and judging
 * compare like with like.
 *
 * A number written without a unit takes the unit the row states elsewhere:
 * bare values take the unit the other values are written in (the finest when
 * they differ), else the target's; a bare target takes the values' unit.
 * Amounts are the exception a controller's table shows: "98 000 | 101 000 |
 * 104 000 kr" against "100 tkr". When the assumed money unit puts the bare
 * numbers at least a hundredfold further from the written amounts than
 * another of kr/tkr/mnkr does, the closer unit is taken and the note says so.
 * Everything is then expressed in the finest money unit written in the row, so
 * no conversion adds decimals the controller did not write (1 tkr → 1 000 kr).
 */
export function rowUnits(values: readonly RowNumber[], target: RowNumber | null, years: readonly number[] = []): RowUnits {
  const notes: string[] = [];
  const notesEn: string[] = [];
  const stated = distinct(values.filter((v) => v.value !== null && v.unit !== undefined).map((v) => v.unit as IndicatorUnit));
  const targetUnit = target?.value !== null ? target?.unit : undefined;

  // Units that cannot meet: keep the numbers as written and leave the target out.
  const all = targetUnit ? [...stated, targetUnit] : stated;
  if (all.some((u) => !compatibleUnits(u, all[0]))) {
    if (targetUnit) {
      const k = values.findIndex((v) => v.value !== null && v.unit !== undefined && !compatibleUnits(v.unit, targetUnit));
      notes.push(`enheterna går inte att jämföra (${years[k] ?? "värde"}: ${values[k].unit}, målvärde: ${targetUnit})`);
      notesEn.push(`the units cannot be compared (${years[k] ?? "value"}: ${values[k].unit}, target: ${targetUnit})`);
    } else {
      notes.push(`enheterna går inte att jämföra (${stated.join(", ")})`);
      notesEn.push(`the units cannot be compared (${stated.join(", ")})`);
    }
    return { values: values.map((v) => v.value), target: null, notes, notesEn, incomparable: true };
  }

  // Units for the numbers written without one.
  const statedMoney = stated.filter(isMoney);
  const valueDefault: IndicatorUnit | undefined = statedMoney.length ? finest(statedMoney) : (stated[0] ?? targetUnit);
  const bare = values.filter((v) => v.value !== null && v.unit === undefined).map((v) => v.value as number);
  let bareValueUnit = valueDefault;
  if (isMoney(valueDefault) && bare.length) {
    const written = values.filter((v) => v.value !== null && isMoney(v.unit)).map((v) => toKr(v.value as number, v.unit as Money));
    const reference = written.length ? written : target && target.value !== null && isMoney(targetUnit) ? [toKr(target.value, targetUnit)] : [];
    const picked = closerMoneyUnit(bare, valueDefault, reference);
    if (picked !== valueDefault) {
      notes.push(`värden utan enhet läses som ${picked} (storleken stämmer med ${stated.length ? "de andra värdena" : "målvärdet"})`);
      notesEn.push(`values without a unit are read as ${picked} (their size fits ${stated.length ? "the other values" : "the target"})`);
    }
    bareValueUnit = picked;
  }
  let bareTargetUnit: IndicatorUnit | undefined = stated.length ? valueDefault : undefined;
  if (target && target.value !== null && targetUnit === undefined && isMoney(bareTargetUnit)) {
    const written = values.filter((v) => v.value !== null && isMoney(v.unit)).map((v) => toKr(v.value as number, v.unit as Money));
    const picked = closerMoneyUnit([target.value], bareTargetUnit, written);
    if (picked !== bareTargetUnit) {
      notes.push(`målvärdet utan enhet läses som ${picked} (storleken stämmer med värdena)`);
      notesEn.push(`the target without a unit is read as ${picked} (its size fits the values)`);
    }
    bareTargetUnit = picked;
  }

  const unitOf = (v: RowNumber, bareUnit: IndicatorUnit | undefined) => v.unit ?? bareUnit;
  const used = distinct(
    [
      ...values.filter((v) => v.value !== null).map((v) => unitOf(v, bareValueUnit)),
      ...(target && target.value !== null ? [unitOf(target, bareTargetUnit)] : []),
    ].filter((u): u is IndicatorUnit => u !== undefined),
  );
  const money = used.filter(isMoney);
  const unit = money.length ? finest(money) : used[0];
  const convert = (n: number | null, from: IndicatorUnit | undefined): number | null => {
    if (n === null || !isMoney(from) || !isMoney(unit)) return n;
    return convertAmount(n, from, unit);
  };
  const out: RowUnits = {
    values: values.map((v) => convert(v.value, unitOf(v, bareValueUnit))),
    target: target ? convert(target.value, unitOf(target, bareTargetUnit)) : null,
    notes,
    notesEn,
    incomparable: false,
  };
  if (unit) out.unit = unit;
  return out;
}

function distinct<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function finest(units: readonly Money[]): Money {
  return units.reduce((a, b) => (MONEY_SCALE[b] < MONEY_SCALE[a] ? b : a));
}

function toKr(n: number, u: Money): number {
  return n * MONEY_SCALE[u];
}

/** Orders of magnitude between two amounts (in kr); zero has no magnitude. */
function decades(a: number, b: number): number | null {
  if (a === 0 || b === 0) return null;
  return Math.abs(Math.log10(Math.abs(a) / Math.abs(b)));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The money unit for bare numbers: the assumed one unless another of
 * kr/tkr/mnkr brings them at least two orders of magnitude (a hundredfold)
 * closer to the amounts written with a unit. A value that misses its target by
 * a factor of a few stays in the assumed unit; one that is a thousand times
 * off is a unit the controller left out.
 */
function closerMoneyUnit(bare: readonly number[], assumed: Money, referenceKr: readonly number[]): Money {
  const x = median(
    bare
      .map(Math.abs)
      .filter((n) => n !== 0)
      .concat(bare.every((n) => n === 0) ? [0] : []),
  );
  const refs = referenceKr.map(Math.abs).filter((n) => n !== 0);
  if (x === 0 || refs.length === 0) return assumed;
  const ref = median(refs);
  const distance = (u: Money) => decades(x * MONEY_SCALE[u], ref) ?? Infinity;
  const best = (Object.keys(MONEY_SCALE) as Money[]).reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return distance(assumed) - distance(best) >= 2 ? best : assumed;
}

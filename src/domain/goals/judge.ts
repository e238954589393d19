import { GoalStatus, IndicatorResult } from "../model";
import { meetsTarget, parseRelativeTarget, relativeOperator } from "./target";

/** Numbers in messages as the report writes them: comma decimals, at most three. */
export function fmtNum(v: number): string {
  const s = String(Math.round(v * 1000) / 1000);
  const [int, frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00A0");
  return frac ? `${grouped},${frac}` : grouped;
}

/** "Andel heltidsanställningar (Kvinnor)"; the Totalt row goes by the indicator's name alone. */
export function indicatorLabel(i: Pick<IndicatorResult, "name" | "group">): string {
  return i.group && i.group.toLowerCase() !== "totalt" ? `${i.name} (${i.group})` : i.name;
}

type Value = IndicatorResult["values"][number];

function describeMissing(cur: Value | undefined, year: number): string {
  if (!cur) return `ingen kolumn för ${year}`;
  const raw = cur.raw.trim();
  if (raw === "") return `inget värde för ${year}`;
  if (/^se\s/i.test(raw)) return `redovisas i årsredovisningen (${raw}) för ${year}`;
  if (/^(i\.?\s*u|iu|[-\u2212\u2013\u2014]$|uppgift saknas|ingen uppgift|saknas)/i.test(raw)) return `inget utfall för ${year} (${raw})`;
  return `värdet för ${year} (”${raw}”) är inget tal`;
}

/**
 * Judges one indicator on the report year's value. An older value never
 * stands in for a missing one: the indicator is then ej-bedomd and stale,
 * with the older value shown so the reader sees what there is.
 */
export function judgeIndicator(ind: IndicatorResult, reportYear: number | null): IndicatorResult {
  const rowCell = ind.cell;
  const years = ind.values.map((v) => v.year);
  const year = reportYear ?? (years.length ? Math.max(...years) : null);
  const readerNote = ind.note;
  const notes: string[] = [];
  const base = { ...ind, trend: null, stale: false } as IndicatorResult;
  if (year === null) {
    return { ...base, year: null, value: null, status: "ej-bedomd", note: join([readerNote, "inga årskolumner"]) };
  }
  const cur = ind.values.find((v) => v.year === year);
  const prev = [...ind.values].filter((v) => v.year < year && v.value !== null).sort((a, b) => b.year - a.year)[0];

  if (!cur || cur.value === null) {
    notes.push(describeMissing(cur, year));
    if (prev && prev.value !== null) {
      notes.push(`senaste värde ${fmtNum(prev.value)} (${prev.year})`);
      return { ...base, year: prev.year, value: prev.value, cell: prev.cell ?? rowCell, stale: true, status: "ej-bedomd", note: join([readerNote, ...notes]) };
    }
    return { ...base, year: null, value: null, cell: cur?.cell ?? rowCell, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }

  const value = cur.value;
  if (cur.preliminary) notes.push("prognos");
  if (cur.footnote) notes.push(`fotnot ${cur.footnote}`);
  let trend: IndicatorResult["trend"] = null;
  if (prev && prev.value !== null && !ind.directionUnknown) {
    const diff = Math.round((value - prev.value) * 1e9);
    trend = diff === 0 ? "unchanged" : diff < 0 === (ind.direction === "lower") ? "better" : "worse";
  }
  const judged = { ...base, year, value, cell: cur.cell ?? rowCell, trend };
  const relative = ind.target === null && ind.targetRaw ? parseRelativeTarget(ind.targetRaw) : undefined;
  if (relative) return judgeRelative({ ...judged, note: readerNote }, relative, year, value, prev, notes);
  if (ind.target === null) {
    // The reader already said why a written target was dropped (unreadable, other unit).
    if (!readerNote) notes.unshift(ind.group.toLowerCase() === "totalt" ? "inget målvärde" : "inget eget målvärde för gruppen");
    return { ...judged, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }
  if (ind.directionUnknown) {
    notes.unshift("riktning okänd: ange Riktning (Högre/Lägre är bättre) i tabellen eller indicatorDirections i inställningarna");
    return { ...judged, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }
  let status: GoalStatus;
  if (meetsTarget(value, ind.target, ind.direction, ind.targetOperator)) status = "uppfyllt";
  else status = trend === "better" ? "delvis" : "ej-uppfyllt";
  return { ...judged, status, note: join([readerNote, ...notes]) };
}

/**
 * "Lägre än 2018", "Bättre än föregående år", "Öka": the report year's value
 * against the referenced year's value (or the previous available one). The
 * reference becomes the indicator's `target`, so outputs show what it was
 * compared with; a reference that is missing or not earlier than the report
 * year leaves it ej-bedomd, never judged against a number read from the words.
 */
function judgeRelative(
  ind: IndicatorResult,
  relative: NonNullable<ReturnType<typeof parseRelativeTarget>>,
  year: number,
  value: number,
  prev: Value | undefined,
  notes: string[],
): IndicatorResult {
  const readerNote = ind.note;
  const words = `relativt målvärde ”${relative.raw}”`;
  const refYear = relative.reference === "previous" ? prev?.year : relative.reference.year;
  const ref = relative.reference === "previous" ? prev : ind.values.find((v) => v.year === refYear);
  if (refYear !== undefined && refYear >= year) {
    notes.unshift(`${words}: jämförs med ${refYear}, som inte ligger före ${year}; jämförs inte`);
    return { ...ind, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }
  if (!ref || ref.value === null) {
    notes.unshift(refYear === undefined ? `${words}: inget tidigare värde att jämföra med` : `${words}: inget värde för ${refYear} att jämföra med`);
    return { ...ind, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }
  // The reader fed the words' direction to resolveDirection, so only "Bättre än …" can leave it unknown.
  if (ind.directionUnknown) {
    notes.unshift("riktning okänd: ange Riktning (Högre/Lägre är bättre) i tabellen eller indicatorDirections i inställningarna");
    return { ...ind, status: "ej-bedomd", note: join([readerNote, ...notes]) };
  }
  const direction = ind.direction;
  const operator = relativeOperator(direction, relative.inclusive);
  notes.unshift(`${words}: jämfört med ${fmtNum(ref.value)} (${ref.year})`);
  let status: GoalStatus;
  if (meetsTarget(value, ref.value, direction, operator)) status = "uppfyllt";
  else status = ind.trend === "better" ? "delvis" : "ej-uppfyllt";
  return { ...ind, target: ref.value, targetOperator: operator, status, note: join([readerNote, ...notes]) };
}

function join(parts: ReadonlyArray<string | undefined>): string | undefined {
  const p = parts.filter((x): x is string => !!x && x.trim() !== "");
  if (p.length === 0) return undefined;
  const s = p.join("; ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A goal from its indicators: all assessable met → uppfyllt; none met and
 * none improving → ej-uppfyllt; otherwise delvis; none assessable → ej-bedomd.
 * `decisive` names the indicators the status rests on: those that miss when
 * the goal is not met, else those that were assessed.
 */
export function judgeGoal(indicators: readonly IndicatorResult[]): { computed: GoalStatus; decisive: string[] } {
  const assessed = indicators.filter((i) => i.status !== "ej-bedomd");
  if (assessed.length === 0) return { computed: "ej-bedomd", decisive: [] };
  const missing = assessed.filter((i) => i.status !== "uppfyllt");
  if (missing.length === 0) return { computed: "uppfyllt", decisive: assessed.map(indicatorLabel) };
  const anyMet = assessed.length > missing.length;
  const anyImproving = missing.some((i) => i.status === "delvis");
  return { computed: !anyMet && !anyImproving ? "ej-uppfyllt" : "delvis", decisive: missing.map(indicatorLabel) };
}

import { formatEn, formatSv } from "../numbers";
import { GoalStatus, IndicatorResult } from "../model";
import { existingNote, joinNotes, NoteText } from "./note";
import { meetsTarget, parseRelativeTarget, relativeOperator } from "./target";

/** Decimals a value shows when rounded to at most three, as the report writes them. */
function shownDecimals(v: number): number {
  const s = String(Math.round(Math.abs(v) * 1000) / 1000);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : Math.min(3, s.length - dot - 1);
}

/** Numbers in Swedish messages and notes: comma decimals, at most three, U+2212 minus (formatSv). */
export function fmtNum(v: number): string {
  return formatSv(v, shownDecimals(v));
}

/** The same number for `messageEn` and `noteEn`: decimal point, thousands comma (formatEn). */
export function fmtNumEn(v: number): string {
  return formatEn(v, shownDecimals(v));
}

/** "Andel heltidsanställningar (Kvinnor)"; the Totalt row goes by the indicator's name alone. */
export function indicatorLabel(i: Pick<IndicatorResult, "name" | "group">): string {
  return i.group && i.group.toLowerCase() !== "totalt" ? `${i.name} (${i.group})` : i.name;
}

type Value = IndicatorResult["values"][number];

function describeMissing(cur: Value | undefined, year: number): NoteText {
  if (!cur) return { sv: `ingen kolumn för ${year}`, en: `no column for ${year}` };
  const raw = cur.raw.trim();
  if (raw === "") return { sv: `inget värde för ${year}`, en: `no value for ${year}` };
  if (/^se\s/i.test(raw)) return { sv: `redovisas i årsredovisningen (${raw}) för ${year}`, en: `reported in the annual report (${raw}) for ${year}` };
  if (/^(i\.?\s*u|iu|[-\u2212\u2013\u2014]$|uppgift saknas|ingen uppgift|saknas)/i.test(raw))
    return { sv: `inget utfall för ${year} (${raw})`, en: `no outcome for ${year} (${raw})` };
  return { sv: `värdet för ${year} (”${raw}”) är inget tal`, en: `the value for ${year} ("${raw}") is not a number` };
}

const UNKNOWN_DIRECTION: NoteText = {
  sv: "riktning okänd: ange Riktning (Högre/Lägre är bättre) i tabellen eller indicatorDirections i inställningarna",
  en: "direction unknown: state a Riktning (Högre/Lägre är bättre) in the table or indicatorDirections in the settings",
};

/**
 * Judges one indicator on the report year's value. An older value never
 * stands in for a missing one: the indicator is then ej-bedomd and stale,
 * with the older value shown so the reader sees what there is.
 */
export function judgeIndicator(ind: IndicatorResult, reportYear: number | null): IndicatorResult {
  const rowCell = ind.cell;
  const years = ind.values.map((v) => v.year);
  const year = reportYear ?? (years.length ? Math.max(...years) : null);
  const readerNote = existingNote(ind);
  const notes: NoteText[] = [];
  const { note: _n, noteEn: _ne, ...rest } = ind;
  const base = { ...rest, trend: null, stale: false } as IndicatorResult;
  if (year === null) {
    return { ...base, year: null, value: null, status: "ej-bedomd", ...joinNotes([readerNote, { sv: "inga årskolumner", en: "no year columns" }]) };
  }
  const cur = ind.values.find((v) => v.year === year);
  const prev = [...ind.values].filter((v) => v.year < year && v.value !== null).sort((a, b) => b.year - a.year)[0];

  if (!cur || cur.value === null) {
    notes.push(describeMissing(cur, year));
    if (prev && prev.value !== null) {
      notes.push({ sv: `senaste värde ${fmtNum(prev.value)} (${prev.year})`, en: `latest value ${fmtNumEn(prev.value)} (${prev.year})` });
      return {
        ...base,
        year: prev.year,
        value: prev.value,
        cell: prev.cell ?? rowCell,
        stale: true,
        status: "ej-bedomd",
        ...joinNotes([readerNote, ...notes]),
      };
    }
    return { ...base, year: null, value: null, cell: cur?.cell ?? rowCell, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }

  const value = cur.value;
  if (cur.preliminary) notes.push({ sv: "prognos", en: "forecast" });
  if (cur.footnote) notes.push({ sv: `fotnot ${cur.footnote}`, en: `footnote ${cur.footnote}` });
  let trend: IndicatorResult["trend"] = null;
  if (prev && prev.value !== null && !ind.directionUnknown) {
    const diff = Math.round((value - prev.value) * 1e9);
    trend = diff === 0 ? "unchanged" : diff < 0 === (ind.direction === "lower") ? "better" : "worse";
  }
  const judged = { ...base, year, value, cell: cur.cell ?? rowCell, trend };
  const relative = ind.target === null && ind.targetRaw ? parseRelativeTarget(ind.targetRaw) : undefined;
  if (relative) return judgeRelative(judged, readerNote, relative, year, value, prev, notes);
  if (ind.target === null) {
    // The reader already said why a written target was dropped (unreadable, other unit).
    if (!readerNote)
      notes.unshift(
        ind.group.toLowerCase() === "totalt"
          ? { sv: "inget målvärde", en: "no target" }
          : { sv: "inget eget målvärde för gruppen", en: "no target of the group's own" },
      );
    return { ...judged, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }
  if (ind.directionUnknown) {
    notes.unshift(UNKNOWN_DIRECTION);
    return { ...judged, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }
  let status: GoalStatus;
  if (meetsTarget(value, ind.target, ind.direction, ind.targetOperator)) status = "uppfyllt";
  else status = trend === "better" ? "delvis" : "ej-uppfyllt";
  return { ...judged, status, ...joinNotes([readerNote, ...notes]) };
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
  readerNote: NoteText | undefined,
  relative: NonNullable<ReturnType<typeof parseRelativeTarget>>,
  year: number,
  value: number,
  prev: Value | undefined,
  notes: NoteText[],
): IndicatorResult {
  const words = `relativt målvärde ”${relative.raw}”`;
  const wordsEn = `relative target "${relative.raw}"`;
  const refYear = relative.reference === "previous" ? prev?.year : relative.reference.year;
  const ref = relative.reference === "previous" ? prev : ind.values.find((v) => v.year === refYear);
  if (refYear !== undefined && refYear >= year) {
    notes.unshift({
      sv: `${words}: jämförs med ${refYear}, som inte ligger före ${year}; jämförs inte`,
      en: `${wordsEn}: compares with ${refYear}, which is not before ${year}; not compared`,
    });
    return { ...ind, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }
  if (!ref || ref.value === null) {
    notes.unshift(
      refYear === undefined
        ? { sv: `${words}: inget tidigare värde att jämföra med`, en: `${wordsEn}: no earlier value to compare with` }
        : { sv: `${words}: inget värde för ${refYear} att jämföra med`, en: `${wordsEn}: no value for ${refYear} to compare with` },
    );
    return { ...ind, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }
  // The reader fed the words' direction to resolveDirection, so only "Bättre än …" can leave it unknown.
  if (ind.directionUnknown) {
    notes.unshift(UNKNOWN_DIRECTION);
    return { ...ind, status: "ej-bedomd", ...joinNotes([readerNote, ...notes]) };
  }
  const direction = ind.direction;
  const operator = relativeOperator(direction, relative.inclusive);
  notes.unshift({ sv: `${words}: jämfört med ${fmtNum(ref.value)} (${ref.year})`, en: `${wordsEn}: compared with ${fmtNumEn(ref.value)} (${ref.year})` });
  let status: GoalStatus;
  if (meetsTarget(value, ref.value, direction, operator)) status = "uppfyllt";
  else status = ind.trend === "better" ? "delvis" : "ej-uppfyllt";
  return { ...ind, target: ref.value, targetOperator: operator, status, ...joinNotes([readerNote, ...notes]) };
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

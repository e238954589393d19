import { cellAt, colCount, Grid, isCellError, mergedOrigin, visibleValue } from "../grid";

/**
 * Finding the columns of an indicator table or a goals list by their
 * headers, whatever the years and wherever the table starts.
 */

export interface IndicatorLayout {
  headerRow: number;
  yearCols: { col: number; year: number }[];
  targetCol: number;
  labelCol: number;
  groupCol?: number;
  goalCol?: number;
  malomradeCol?: number;
  kommunCol?: number;
  directionCol?: number;
  statusCol?: number;
}

export interface GoalListLayout {
  headerRow: number;
  goalCol: number;
  statusCol: number;
  malomradeCol?: number;
}

/** Non-empty rows at the top of a sheet where a header row can be (a title block included). */
const HEADER_SCAN_ROWS = 40;
/**
 * Consecutive rows of amounts that mark a table's body, where the header search ends. One or two such rows
 * (a key-figure line above the table) do not, so that they cannot hide the header under them.
 */
const BODY_RUN = 3;

const RE = {
  target: /mål\s*värde|målnivå|^mål\s+(för\s+)?(19|20)\d\d|^target/i,
  goal: /nämndmål|^mål$|^mål\s*\(|verksamhetsmål|nämndens mål|^goal/i,
  indicator: /indikator|nyckeltal|mått|mätetal|^indicator/i,
  group: /^(grupp|kön|indelning|group|gender)$/i,
  malomrade: /målområde/i,
  kommun: /kommunövergripande|övergripande mål|kf-mål|kf:s mål|fullmäktiges mål/i,
  direction: /riktning|önskad utveckling|direction/i,
  status: /bedömning|måluppfyllelse|status|uppfyllelse|assessment/i,
};

/** Text of a cell as a person reads it, through merges. */
export function textAt(grid: Grid, row: number, col: number): string {
  const v = visibleValue(grid, row, col);
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  if (isCellError(v)) return v.error;
  return v.replace(/[ \t\u00A0]+/g, " ").trim();
}

/** Text of the cell only when (row, col) is the top-left of its merge, so one merged header is one column. */
function ownHeader(grid: Grid, row: number, col: number): string {
  const o = mergedOrigin(grid, row, col);
  if (o.col !== col) return "";
  return textAt(grid, row, col);
}

function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2200;
}

function headerYear(grid: Grid, row: number, col: number): number | undefined {
  const o = mergedOrigin(grid, row, col);
  if (o.col !== col) return undefined;
  const v = cellAt(grid, o.row, o.col)?.value;
  if (typeof v === "number") return isYearNumber(v) ? v : undefined;
  if (typeof v !== "string" || RE.target.test(v)) return undefined;
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(v);
  // A bare year or "Utfall 2019"/"2019 (prognos)"; not "Budget 2019" or "Bokslut 2019" of a financial table.
  if (!m || /budget|bokslut|prognos\s*\d|avvikelse|tkr|mnkr/i.test(v)) return undefined;
  return Number(m[1]);
}

/**
 * The top of a sheet, read once: the rows a header can be on, how wide they are, and which header words occur
 * in them at all. Every sheet of a workbook is offered to the goal readers first and most are financial, so this
 * is what rejects them: one pass over raw values with no allocation per cell, never the whole sheet.
 */
export interface HeaderRegion {
  /** 0-based candidate header rows: the first HEADER_SCAN_ROWS non-empty rows, ending where a table body starts. */
  rows: number[];
  /** The widest of those rows; a merged header's top-left cell is always in one of them. */
  width: number;
  /** SIGNAL bits: the header words seen anywhere in those rows. */
  signals: number;
}

const SIGNAL = { mal: 1, year: 2, indicator: 4, status: 8 } as const;

// Each is a superset of the RE patterns it stands for, tested on raw text, so a sheet without a signal
// cannot match those patterns either and the full header search is skipped without changing any result.
const SIGNAL_RE = {
  /** RE.target and RE.goal all contain "mål", "target" or "goal". */
  mal: /mål|target|goal/i,
  /** What headerYear takes from a text; the number case is isYearNumber. */
  year: /(?:^|\D)(?:19|20)\d\d(?:\D|$)/,
  indicator: /indikator|nyckeltal|mått|mätetal|indicator/i,
  status: /bedömning|uppfyllelse|status|assessment/i,
};

const NON_BLANK = /\S/;

export function headerRegion(grid: Grid): HeaderRegion {
  const rows: number[] = [];
  let width = 0;
  let signals = 0;
  let bodyRun = 0;
  const n = grid.cells.length;
  for (let r = 0; r < n && rows.length < HEADER_SCAN_ROWS; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    let filled = false;
    let amounts = 0;
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (v === null || v === undefined) continue;
      if (typeof v === "number") {
        filled = true;
        if (isYearNumber(v)) signals |= SIGNAL.year;
        else amounts++;
      } else if (typeof v === "string") {
        if (!NON_BLANK.test(v)) continue;
        filled = true;
        if (!(signals & SIGNAL.mal) && SIGNAL_RE.mal.test(v)) signals |= SIGNAL.mal;
        if (!(signals & SIGNAL.year) && SIGNAL_RE.year.test(v)) signals |= SIGNAL.year;
        if (!(signals & SIGNAL.indicator) && SIGNAL_RE.indicator.test(v)) signals |= SIGNAL.indicator;
        if (!(signals & SIGNAL.status) && SIGNAL_RE.status.test(v)) signals |= SIGNAL.status;
      } else {
        filled = true;
      }
    }
    if (!filled) continue;
    bodyRun = amounts >= 2 ? bodyRun + 1 : 0;
    if (bodyRun >= BODY_RUN) break;
    rows.push(r);
    if (row.length > width) width = row.length;
  }
  return { rows, width, signals };
}

/** Whether findIndicatorLayout or looksLikeIndicatorSheet can find anything: Mål/target and a year, or an indicator column. */
export function mayHoldIndicators(region: HeaderRegion): boolean {
  const both = SIGNAL.mal | SIGNAL.year;
  return (region.signals & both) === both || (region.signals & SIGNAL.indicator) !== 0;
}

/** Whether findGoalListLayout can find anything: a Nämndmål and a Bedömning header. */
export function mayHoldGoalList(region: HeaderRegion): boolean {
  const both = SIGNAL.mal | SIGNAL.status;
  return (region.signals & both) === both;
}

/** Rows and columns to try: the given header row across the whole sheet, or the header region. */
function candidates(grid: Grid, headerRowOverride: number | undefined, region: HeaderRegion | undefined): { rows: readonly number[]; cols: number } {
  if (headerRowOverride !== undefined) return { rows: [headerRowOverride], cols: colCount(grid) };
  const reg = region ?? headerRegion(grid);
  return { rows: reg.rows, cols: reg.width };
}

export function findIndicatorLayout(grid: Grid, headerRowOverride?: number, labelColOverride?: number, region?: HeaderRegion): IndicatorLayout | undefined {
  const { rows: candidateRows, cols } = candidates(grid, headerRowOverride, region);
  for (const r of candidateRows) {
    const yearCols: { col: number; year: number }[] = [];
    const found: Partial<Record<keyof typeof RE, number>> = {};
    for (let c = 0; c < cols; c++) {
      const y = headerYear(grid, r, c);
      if (y !== undefined) {
        if (!yearCols.some((x) => x.year === y)) yearCols.push({ col: c, year: y });
        continue;
      }
      const h = ownHeader(grid, r, c);
      if (h === "") continue;
      // Order matters: "Målvärde" before the goal column, "Nämndindikator" before anything with "mål".
      for (const key of ["target", "indicator", "malomrade", "kommun", "goal", "group", "direction", "status"] as const) {
        if (RE[key].test(h)) {
          if (found[key] === undefined) found[key] = c;
          break;
        }
      }
    }
    if (found.target === undefined || yearCols.length === 0) continue;
    let labelCol = labelColOverride ?? found.indicator;
    if (labelCol === undefined) {
      const taken = new Set([
        found.target,
        found.group,
        found.goal,
        found.malomrade,
        found.kommun,
        found.direction,
        found.status,
        ...yearCols.map((y) => y.col),
      ]);
      const firstYear = Math.min(...yearCols.map((y) => y.col));
      for (let c = firstYear - 1; c >= 0; c--)
        if (!taken.has(c)) {
          labelCol = c;
          break;
        }
    }
    if (labelCol === undefined) continue;
    return {
      headerRow: r,
      yearCols: yearCols.sort((a, b) => a.year - b.year),
      targetCol: found.target,
      labelCol,
      groupCol: found.group,
      goalCol: found.goal,
      malomradeCol: found.malomrade,
      kommunCol: found.kommun,
      directionCol: found.direction,
      statusCol: found.status,
    };
  }
  return undefined;
}

export function findGoalListLayout(grid: Grid, headerRowOverride?: number, region?: HeaderRegion): GoalListLayout | undefined {
  const { rows: candidateRows, cols } = candidates(grid, headerRowOverride, region);
  for (const r of candidateRows) {
    let goalCol: number | undefined;
    let statusCol: number | undefined;
    let malomradeCol: number | undefined;
    let hasTarget = false;
    for (let c = 0; c < cols; c++) {
      const h = ownHeader(grid, r, c);
      if (h === "") continue;
      if (RE.target.test(h)) hasTarget = true;
      else if (RE.malomrade.test(h)) malomradeCol ??= c;
      else if (RE.goal.test(h)) goalCol ??= c;
      else if (RE.status.test(h)) statusCol ??= c;
    }
    if (goalCol !== undefined && statusCol !== undefined && !hasTarget) return { headerRow: r, goalCol, statusCol, malomradeCol };
  }
  return undefined;
}

/** Whether the header scan saw an indicator-like header, for a useful reason when the table is incomplete. */
export function looksLikeIndicatorSheet(grid: Grid, region: HeaderRegion = headerRegion(grid)): string | undefined {
  const cols = region.width;
  for (const r of region.rows) {
    let indicator = false;
    let target = false;
    let years = 0;
    for (let c = 0; c < cols; c++) {
      const h = ownHeader(grid, r, c);
      if (RE.indicator.test(h)) indicator = true;
      if (RE.target.test(h)) target = true;
      if (headerYear(grid, r, c) !== undefined) years++;
    }
    if (indicator && !target) return "rubrikraden har en indikatorkolumn men ingen kolumn Målvärde";
    if (indicator && years === 0) return "rubrikraden har en indikatorkolumn men inga årskolumner (t.ex. 2019)";
  }
  return undefined;
}

import { cellAt, colCount, Grid, isCellError, mergedOrigin, rowCount, visibleValue } from "../grid";

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

const HEADER_SCAN_ROWS = 40;

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

function headerYear(grid: Grid, row: number, col: number): number | undefined {
  const o = mergedOrigin(grid, row, col);
  if (o.col !== col) return undefined;
  const v = cellAt(grid, o.row, o.col)?.value;
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2200 ? v : undefined;
  if (typeof v !== "string" || RE.target.test(v)) return undefined;
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(v);
  // A bare year or "Utfall 2019"/"2019 (prognos)"; not "Budget 2019" or "Bokslut 2019" of a financial table.
  if (!m || /budget|bokslut|prognos\s*\d|avvikelse|tkr|mnkr/i.test(v)) return undefined;
  return Number(m[1]);
}

export function findIndicatorLayout(grid: Grid, headerRowOverride?: number, labelColOverride?: number): IndicatorLayout | undefined {
  const rows = rowCount(grid);
  const cols = colCount(grid);
  const candidates = headerRowOverride !== undefined ? [headerRowOverride] : Array.from({ length: Math.min(rows, HEADER_SCAN_ROWS) }, (_, i) => i);
  for (const r of candidates) {
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

export function findGoalListLayout(grid: Grid, headerRowOverride?: number): GoalListLayout | undefined {
  const rows = rowCount(grid);
  const cols = colCount(grid);
  const candidates = headerRowOverride !== undefined ? [headerRowOverride] : Array.from({ length: Math.min(rows, HEADER_SCAN_ROWS) }, (_, i) => i);
  for (const r of candidates) {
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
export function looksLikeIndicatorSheet(grid: Grid): string | undefined {
  const rows = Math.min(rowCount(grid), HEADER_SCAN_ROWS);
  const cols = colCount(grid);
  for (let r = 0; r < rows; r++) {
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

import { columnIndex, sheetRef, toA1 } from "../a1";
import { Config, SheetOverride } from "../config";
import { Cell, cellAt, Grid, isBlank, mergedOrigin, MergedRange, rowCount } from "../grid";
import { GoalResult, GoalStatus, IndicatorResult } from "../model";
import { ReaderFinding, ReadOutcome, SheetReader } from "../reader";
import { resolveDirection } from "./direction";
import {
  findGoalListLayout,
  findIndicatorLayout,
  headerRegion,
  IndicatorLayout,
  looksLikeIndicatorSheet,
  mayHoldGoalList,
  mayHoldIndicators,
  textAt,
} from "./layout";
import { parseStatedStatus } from "./status";
import { parseTarget, ParsedTarget, relativeOperator } from "./target";
import { IndicatorUnit, rowUnits } from "./units";
import { cellText, parseIndicatorValue } from "./values";
import { normalizeGoalName } from "./names";
import { NoteText } from "./note";

const GROUP_WORDS =
  /^(?:[-\u2013\u2212•]\s*)?(?:varav\s+|därav\s+|-\s*)?(totalt|samtliga|män|kvinnor|unga|ungdomar|flickor|pojkar|tjejer|killar|barn|äldre|övriga|utrikes födda|inrikes födda)$/i;
const MALOMRADE_WORDS = /^(samhälle|ekonomi|verksamhet|medarbetare|medborgare|miljö|invånare)$/i;
const HEADING_PREFIX = /^(målområde|kommunövergripande mål|kf-mål)\s*[:\-–]?\s*/i;
const FOOTNOTE = /^(\*+|källa\b|not\b|fotnot|anm\.?\b)/i;

type Value = IndicatorResult["values"][number];

const SOURCE_SV = {
  column: "kolumnen Riktning",
  config: "inställningarna",
  target: "målvärdets ord",
  meaning: "indikatorns namn, antaget",
  default: "standard, antaget",
} as const;
const SOURCE_EN = {
  column: "the Riktning column",
  config: "the settings",
  target: "the target's words",
  meaning: "the indicator's name, assumed",
  default: "the default, assumed",
} as const;

function ref(grid: Grid, row: number, col: number): string {
  return sheetRef(grid.name, toA1(row, col));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Goal cell text: the name on the first line, a description on the following ones. */
function splitGoalText(text: string): { name: string; description?: string } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
  if (lines.length === 0) return { name: "" };
  const description = lines.slice(1).join(" ");
  return description ? { name: lines[0], description } : { name: lines[0] };
}

function rawText(grid: Grid, row: number, col: number): string {
  const v = visibleRaw(grid, row, col);
  return typeof v === "string" ? v : textAt(grid, row, col);
}

function visibleRaw(grid: Grid, row: number, col: number): Cell["value"] {
  const o = mergedOrigin(grid, row, col);
  return cellAt(grid, o.row, o.col)?.value ?? null;
}

/** The merge a cell belongs to, if any. */
function mergeOf(grid: Grid, row: number, col: number): MergedRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The cell itself when it is the top-left of its merge (or unmerged); a merged value belongs to its first row only. */
function ownCell(grid: Grid, row: number, col: number): Cell | undefined {
  const o = mergedOrigin(grid, row, col);
  if (o.row !== row || o.col !== col) return undefined;
  return cellAt(grid, row, col);
}

interface RowTexts {
  /** Distinct non-blank texts in the row (through merges), with the first column they show in. */
  texts: { text: string; col: number }[];
}

function rowTexts(grid: Grid, row: number, lastCol: number): RowTexts {
  const texts: RowTexts["texts"] = [];
  for (let c = 0; c <= lastCol; c++) {
    const t = textAt(grid, row, c);
    if (t === "" || texts.some((x) => x.text === t)) continue;
    texts.push({ text: t, col: c });
  }
  return { texts };
}

/**
 * Reads indicator sheets in both layouts controllers use:
 * - flat: one row per indicator and group (a Grupp column), the goal repeated or left blank under its first row;
 * - report: målområde and kommunövergripande mål as columns or heading rows, the goal in a cell merged over its
 *   indicator rows, the indicator's name on one row and its Män/Kvinnor/Unga rows under it.
 * Values are kept as read; judging against the report year happens in finalize, once the year is known.
 */
export const indicatorReader: SheetReader = {
  name: "indikatorer",
  read(grid: Grid, override: SheetOverride | undefined, config: Config): ReadOutcome {
    const headerRow = override?.headerRow !== undefined ? override.headerRow - 1 : undefined;
    // Every sheet comes here first and most are financial: one look at the top of the sheet turns those away.
    const region = headerRow === undefined ? headerRegion(grid) : undefined;
    if (region && !mayHoldIndicators(region)) return { recognized: false, score: 0 };
    const layout = findIndicatorLayout(grid, headerRow, override?.labelColumn ? columnIndex(override.labelColumn) : undefined, region);
    if (!layout) {
      const reason = looksLikeIndicatorSheet(grid, region);
      return reason ? { recognized: false, reason, score: 0.5 } : { recognized: false, score: 0 };
    }
    return readIndicators(grid, layout, config);
  },
};

interface GoalDraft {
  goal: GoalResult;
  key: string;
  /** The goal's own Bedömning cell, when there is one. */
  goalLevel?: RowStatus;
  /** Bedömning cells of the goal's indicator rows, with the indicator each belongs to. */
  rowStatuses: (RowStatus & { indicator: IndicatorResult })[];
}

function readIndicators(grid: Grid, layout: IndicatorLayout, config: Config): ReadOutcome {
  const findings: ReaderFinding[] = [];
  const goals: GoalDraft[] = [];
  const lastCol = Math.max(
    layout.targetCol,
    layout.labelCol,
    ...layout.yearCols.map((y) => y.col),
    layout.statusCol ?? 0,
    layout.directionCol ?? 0,
    layout.groupCol ?? 0,
  );
  const dataCols = [...layout.yearCols.map((y) => y.col), layout.targetCol];

  let malomrade: string | undefined;
  let kommun: string | undefined;
  let lastHeadingWasMalomrade = false;
  let current: GoalDraft | undefined;
  let indicatorName: string | undefined;
  let indicatorRowsSeen = 0;

  const goalFor = (name: string, description: string | undefined, row: number, col: number): GoalDraft => {
    const key = normalizeGoalName(name);
    const existing = goals.find((g) => g.key === key);
    if (existing) return existing;
    const o = mergedOrigin(grid, row, col);
    const goal: GoalResult = { goal: name, sheet: grid.name, cell: toA1(o.row, o.col), stated: null, computed: "ej-bedomd", indicators: [] };
    if (malomrade) goal.malomrade = malomrade;
    if (kommun) goal.kommunovergripandeMal = kommun;
    if (description) goal.description = description;
    const draft: GoalDraft = { goal, key, rowStatuses: [] };
    goals.push(draft);
    return draft;
  };

  for (let r = layout.headerRow + 1; r < rowCount(grid); r++) {
    const hasData = dataCols.some((c) => !isBlank(ownCell(grid, r, c)));
    const { texts } = rowTexts(grid, r, lastCol);
    if (!hasData && texts.length === 0) continue;

    // Målområde and kommunövergripande mål as columns.
    if (layout.malomradeCol !== undefined) {
      const t = textAt(grid, r, layout.malomradeCol);
      if (t && t !== malomrade) {
        malomrade = t;
        kommun = undefined;
      }
    }
    if (layout.kommunCol !== undefined) {
      const t = textAt(grid, r, layout.kommunCol);
      if (t) kommun = t;
    }

    const label = textAt(grid, r, layout.labelCol);
    if (!hasData && texts.length === 1) {
      const only = texts[0];
      const prefixed = HEADING_PREFIX.exec(only.text);
      // A goal's text never runs into the indicator column; a heading merged across the table does.
      const m = mergeOf(grid, r, only.col);
      const spansLabel = m !== undefined && m.right > m.left && m.left <= layout.labelCol && m.right >= layout.labelCol;
      const isHeading = prefixed !== null || MALOMRADE_WORDS.test(only.text) || spansLabel;
      if (isHeading && !(only.col === layout.labelCol && GROUP_WORDS.test(only.text))) {
        const text = prefixed ? only.text.slice(prefixed[0].length).trim() : only.text;
        const isMalomrade: boolean = prefixed
          ? /^målområde/i.test(prefixed[1])
          : MALOMRADE_WORDS.test(text) || (!lastHeadingWasMalomrade && malomrade === undefined);
        if (isMalomrade) {
          malomrade = text;
          kommun = undefined;
        } else {
          kommun = text;
        }
        lastHeadingWasMalomrade = isMalomrade;
        current = undefined;
        indicatorName = undefined;
        continue;
      }
      if (FOOTNOTE.test(only.text)) continue;
    }
    lastHeadingWasMalomrade = false;

    // The goal: through a vertical merge, or carried down from the row that named it.
    if (layout.goalCol !== undefined) {
      const g = splitGoalText(rawText(grid, r, layout.goalCol));
      if (g.name !== "" && (!current || normalizeGoalName(g.name) !== current.key)) {
        current = goalFor(g.name, g.description, r, layout.goalCol);
        indicatorName = undefined;
        indicatorRowsSeen = 0;
      }
    } else if (!current) {
      current = goalFor(kommun ?? grid.name, undefined, r, layout.labelCol);
    }
    if (!current) {
      if (label !== "" || hasData) {
        findings.push({
          rule: "invalid-value",
          severity: "warning",
          sheet: grid.name,
          cell: toA1(r, layout.goalCol ?? layout.labelCol),
          message: `Raden ${ref(grid, r, layout.labelCol)} (”${label}”) står före första nämndmålet i kolumnen Nämndmål och hör inte till något mål.`,
          messageEn: `Row ${ref(grid, r, layout.labelCol)} ("${label}") comes before the first goal in the goal column and belongs to no goal.`,
        });
      }
      continue;
    }

    // Bedömning: a cell merged over several rows is the goal's; a cell of a row's own is that row's indicator's,
    // decided once the row turns out to hold an indicator (resolveRowStatuses makes it the goal's when they agree).
    let rowStatus: RowStatus | undefined;
    if (layout.statusCol !== undefined) {
      const o = mergedOrigin(grid, r, layout.statusCol);
      const m = mergeOf(grid, r, layout.statusCol);
      const cell = cellAt(grid, o.row, o.col);
      const text = cellText(cell);
      if (text !== "" || cell?.fill) {
        const status: RowStatus = { row: o.row, col: o.col, text, fill: cell?.fill };
        if (m !== undefined && m.bottom > m.top) setGoalStatus(current, status);
        else rowStatus = status;
      }
    }
    const goalOfRow = current;
    const pushed = goalOfRow.goal.indicators.length;
    try {
      // The rest of the row may `continue` at several points; finally still files its Bedömning.
      if (label === "" && !hasData) continue;
      if (label !== "" && FOOTNOTE.test(label) && !hasData) continue;

      // Which indicator and group this row is.
      let name: string;
      let group: string;
      if (layout.groupCol !== undefined) {
        if (label !== "") indicatorName = label;
        name = indicatorName ?? "";
        const g = textAt(grid, r, layout.groupCol);
        group = g === "" ? "Totalt" : capitalise(g);
      } else if (label !== "" && GROUP_WORDS.test(label) && indicatorName !== undefined) {
        name = indicatorName;
        group = capitalise(GROUP_WORDS.exec(label)![1]);
      } else if (label !== "") {
        indicatorName = label;
        indicatorRowsSeen = 0;
        name = label;
        group = "Totalt";
      } else {
        name = indicatorName ?? "";
        group = indicatorRowsSeen === 0 ? "Totalt" : `rad ${r + 1}`;
      }
      if (name === "") {
        findings.push({
          rule: "invalid-value",
          severity: "warning",
          sheet: grid.name,
          cell: toA1(r, layout.labelCol),
          message: `Raden ${ref(grid, r, layout.labelCol)} har värden men inget indikatornamn.`,
          messageEn: `Row ${ref(grid, r, layout.labelCol)} has values but no indicator name.`,
        });
        continue;
      }
      indicatorRowsSeen++;
      current.goal.indicators.push(readIndicatorRow(grid, layout, r, name, group, config, findings));
    } finally {
      if (rowStatus) {
        const ind = goalOfRow.goal.indicators.length > pushed ? goalOfRow.goal.indicators[pushed] : undefined;
        if (ind) goalOfRow.rowStatuses.push({ ...rowStatus, indicator: ind });
        else setGoalStatus(goalOfRow, rowStatus);
      }
    }
  }

  for (const d of goals) resolveRowStatuses(grid, d, findings);
  return { recognized: true, kind: "indikatorer", goals: goals.map((g) => g.goal), findings };
}

interface RowStatus {
  row: number;
  col: number;
  text: string;
  fill?: string;
}

/** The goal's own Bedömning (merged over its rows, or on a row without an indicator): the first one counts. */
function setGoalStatus(d: GoalDraft, s: RowStatus): void {
  d.goalLevel ??= s;
}

/**
 * Every Bedömning of a goal is read: a goal-level one is the goal's status;
 * a row's own is its indicator's status, and the goal's as well when the rows
 * that carry one agree (one row per goal, or the status written on the goal's
 * first row only). Rows that disagree leave the goal without a stated status,
 * and the status-conflict rule reports the disagreement.
 */
function resolveRowStatuses(grid: Grid, d: GoalDraft, findings: ReaderFinding[]): void {
  const read = (s: RowStatus): GoalStatus | null => {
    const reading = parseStatedStatus(s.text, s.fill);
    if (reading.status === null && reading.reason === "unreadable") findings.push(unreadableStatus(grid, s.row, s.col, s.text, d.goal.goal));
    return reading.status;
  };
  const take = (s: RowStatus, status: GoalStatus | null) => {
    d.goal.statedRaw = s.text;
    d.goal.statedCell = toA1(s.row, s.col);
    d.goal.statedSheet = grid.name;
    if (status) d.goal.stated = status;
  };
  const readable: { s: RowStatus; status: GoalStatus }[] = [];
  let firstUnreadable: RowStatus | undefined;
  for (const s of d.rowStatuses) {
    const status = read(s);
    s.indicator.statedRaw = s.text;
    s.indicator.statedCell = toA1(s.row, s.col);
    if (status !== null) {
      s.indicator.stated = status;
      readable.push({ s, status });
    } else firstUnreadable ??= s;
  }
  if (d.goalLevel) return take(d.goalLevel, read(d.goalLevel));
  const distinct = new Set(readable.map((x) => x.status));
  if (distinct.size === 1) take(readable[0].s, readable[0].status);
  else if (distinct.size === 0 && firstUnreadable) take(firstUnreadable, null);
}

function readIndicatorRow(
  grid: Grid,
  layout: IndicatorLayout,
  r: number,
  name: string,
  group: string,
  config: Config,
  findings: ReaderFinding[],
): IndicatorResult {
  const label = `”${name}”${group.toLowerCase() === "totalt" ? "" : ` (${group})`}`;
  const labelEn = `"${name}"${group.toLowerCase() === "totalt" ? "" : ` (${group})`}`;
  const values: (Value & { unit?: IndicatorUnit })[] = [];
  for (const { col, year } of layout.yearCols) {
    const cell = ownCell(grid, r, col);
    const p = parseIndicatorValue(cell);
    const raw = cellText(cell);
    const v: Value & { unit?: IndicatorUnit } = { year, value: null, raw, cell: toA1(r, col) };
    if (p.kind === "number") {
      v.value = p.value;
      if (p.unit) v.unit = p.unit;
      if (p.preliminary) v.preliminary = true;
      if (p.footnote) v.footnote = p.footnote;
    } else if (p.kind === "invalid") {
      findings.push(
        p.targetLike
          ? {
              rule: "invalid-value",
              severity: "warning",
              sheet: grid.name,
              cell: toA1(r, col),
              message: `I ${ref(grid, r, col)} står ”${p.text}” där utfallet ${year} för ${label} ska stå; det ser ut som ett målvärde. Värdet räknas som saknat.`,
              messageEn: `${ref(grid, r, col)} holds "${p.text}" where the ${year} value of ${labelEn} belongs; it looks like a target. The value is treated as missing.`,
            }
          : {
              rule: "invalid-value",
              sheet: grid.name,
              cell: toA1(r, col),
              message: `Värdet ”${p.text}” i ${ref(grid, r, col)} (${label}, ${year}) går inte att läsa som tal. Skriv ett tal, I.U. eller Se ÅR.`,
              messageEn: `The value "${p.text}" in ${ref(grid, r, col)} (${labelEn}, ${year}) cannot be read as a number. Write a number, I.U. or Se ÅR.`,
            },
      );
    }
    values.push(v);
  }

  const targetCell = ownCell(grid, r, layout.targetCol);
  const target: ParsedTarget = parseTarget(targetCell);
  const notes: NoteText[] = [];
  if (target.kind === "invalid") {
    notes.push({ sv: `målvärdet ”${target.raw}” går inte att läsa`, en: `the target "${target.raw}" cannot be read` });
    findings.push({
      rule: "invalid-value",
      sheet: grid.name,
      cell: toA1(r, layout.targetCol),
      message: `Målvärdet ”${target.raw}” i ${ref(grid, r, layout.targetCol)} (${label}) går inte att läsa. Skriv t.ex. 97, Minst 50, Mindre än 70 eller Max 900 kr.`,
      messageEn: `The target "${target.raw}" in ${ref(grid, r, layout.targetCol)} (${labelEn}) cannot be read. Write e.g. 97, Minst 50, Mindre än 70 or Max 900 kr.`,
    });
  }

  // One unit for the row, so the trend and the judgement compare like with like (rules in units.ts).
  const units = rowUnits(
    values,
    target.kind === "target" ? { value: target.value, unit: target.unit } : null,
    values.map((v) => v.year),
  );
  values.forEach((v, k) => (v.value = units.values[k]));
  const targetValue = units.target;
  units.notes.forEach((sv, k) => notes.push({ sv, en: units.notesEn[k] ?? sv }));
  const unit = units.incomparable ? undefined : units.unit;

  const dirText = layout.directionCol !== undefined ? textAt(grid, r, layout.directionCol) : undefined;
  const operator =
    target.kind === "target"
      ? target.operator
      : target.kind === "relative" && target.direction
        ? relativeOperator(target.direction, target.inclusive)
        : undefined;
  const dir = resolveDirection(name, dirText, operator, config);
  if (dirText && dir.source !== "column") {
    notes.push({ sv: `riktningen ”${dirText}” går inte att läsa`, en: `the direction "${dirText}" cannot be read` });
    const dc = layout.directionCol ?? layout.labelCol;
    const fallback = dir.unknown
      ? "riktningen är okänd"
      : `används ${dir.direction === "lower" ? "lägre är bättre" : "högre är bättre"} (${SOURCE_SV[dir.source]})`;
    const fallbackEn = dir.unknown
      ? "the direction is unknown"
      : `${dir.direction === "lower" ? "lower is better" : "higher is better"} is used (${SOURCE_EN[dir.source]})`;
    findings.push({
      rule: "invalid-value",
      severity: "warning",
      sheet: grid.name,
      cell: toA1(r, dc),
      message: `Riktningen ”${dirText}” i ${ref(grid, r, dc)} (${label}) går inte att läsa; ${fallback}. Skriv Högre är bättre, Lägre är bättre, Öka, Minska, ↑ eller ↓.`,
      messageEn: `The direction "${dirText}" in ${ref(grid, r, dc)} (${labelEn}) cannot be read; ${fallbackEn}. Write Högre är bättre, Lägre är bättre, Öka, Minska, ↑ or ↓.`,
    });
  }

  const result: IndicatorResult = {
    name,
    group,
    year: null,
    value: null,
    target: targetValue,
    direction: dir.direction,
    directionGuessed: dir.guessed,
    status: "ej-bedomd",
    cell: toA1(r, layout.labelCol),
    values: values.map(({ unit: _u, ...v }) => v),
    trend: null,
    stale: false,
    directionSource: dir.source,
  };
  if (dir.unknown) result.directionUnknown = true;
  if (target.kind !== "none" || target.raw !== "") result.targetRaw = target.raw;
  if (operator) result.targetOperator = operator;
  if (targetCell !== undefined || target.kind !== "none") result.targetCell = toA1(r, layout.targetCol);
  if (unit) result.unit = unit;
  // Unjoined case: judge capitalises when it adds its own parts.
  if (notes.length) {
    result.note = notes.map((n) => n.sv).join("; ");
    result.noteEn = notes.map((n) => n.en).join("; ");
  }
  return result;
}

function unreadableStatus(grid: Grid, row: number, col: number, text: string, goal: string): ReaderFinding {
  return {
    rule: "invalid-value",
    severity: "warning",
    sheet: grid.name,
    cell: toA1(row, col),
    message: `Bedömningen ”${text}” i ${ref(grid, row, col)} för nämndmålet ”${goal}” går inte att läsa. Skriv Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömd.`,
    messageEn: `The assessment "${text}" in ${ref(grid, row, col)} for the goal "${goal}" cannot be read. Write Uppfyllt, Delvis uppfyllt, Ej uppfyllt or Ej bedömd.`,
  };
}

/**
 * Reads a goals list (`Målområde | Nämndmål | Bedömning`): each goal's stated
 * status, as words or as the cell's fill colour. Joined to the indicator
 * sheets' goals in finalize.
 */
export const goalSheetReader: SheetReader = {
  name: "mal",
  read(grid: Grid, override: SheetOverride | undefined): ReadOutcome {
    const headerRow = override?.headerRow !== undefined ? override.headerRow - 1 : undefined;
    const region = headerRow === undefined ? headerRegion(grid) : undefined;
    if (region && !mayHoldGoalList(region)) return { recognized: false, score: 0 };
    const layout = findGoalListLayout(grid, headerRow, region);
    if (!layout) return { recognized: false, score: 0 };
    const findings: ReaderFinding[] = [];
    const statedStatuses: NonNullable<Extract<ReadOutcome, { recognized: true }>["statedStatuses"]> = [];
    const lastCol = Math.max(layout.goalCol, layout.statusCol);
    for (let r = layout.headerRow + 1; r < rowCount(grid); r++) {
      const goalOrigin = mergedOrigin(grid, r, layout.goalCol);
      if (goalOrigin.row !== r) continue;
      const { name } = splitGoalText(rawText(grid, r, layout.goalCol));
      if (name === "") continue;
      const o = mergedOrigin(grid, r, layout.statusCol);
      const cell = cellAt(grid, o.row, o.col);
      const text = cellText(cell);
      // A heading row of the list (a målområde) has no status and usually spans the columns.
      const m = mergeOf(grid, r, layout.goalCol);
      const spans = m !== undefined && m.right >= lastCol;
      if (text === "" && !cell?.fill && (spans || MALOMRADE_WORDS.test(name) || HEADING_PREFIX.test(name))) continue;
      if (FOOTNOTE.test(name) && text === "") continue;
      const entry: (typeof statedStatuses)[number] = { goal: name, status: text, cell: toA1(o.row, o.col) };
      if (cell?.fill) entry.fill = cell.fill;
      statedStatuses.push(entry);
      if (parseStatedStatus(text, cell?.fill).status === null && text !== "") findings.push(unreadableStatus(grid, o.row, o.col, text, name));
    }
    return { recognized: true, kind: "mal", statedStatuses, findings };
  },
};

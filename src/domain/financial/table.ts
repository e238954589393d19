import { toA1 } from "../a1";
import { Config, SheetOverride } from "../config";
import { isCellError } from "../grid";
import { ColumnRole, FinancialColumn, FinancialRow, FinancialTable, RowKind, Unit } from "../model";
import { parseCellNumber } from "../numbers";
import { ReaderFinding } from "../reader";
import { HeaderBlock, HeaderColumn } from "./header";
import {
  BREAKDOWN_COSTS,
  BREAKDOWN_INCOME,
  FOOTNOTE_START,
  INCOME_LABEL,
  INVESTMENT_WORD,
  MEMO_LABEL,
  RESULT_LABEL,
  SUM_LABEL,
  TRAILING_MARKS,
  UNIT_LABEL,
  unitFromText,
} from "./patterns";
import { rememberSteps, StepTally, tolerance } from "./precision";
import { SheetView, valueText } from "./sheet-view";
import { assignComponents, assignLevels } from "./structure";

/** A cell that should hold an amount but holds an error value or unreadable text. */
export interface InvalidCell {
  row: number;
  col: number;
  shown: string;
  isError: boolean;
}

export interface ReadTable {
  table: FinancialTable;
  invalid: InvalidCell[];
}

/** Footnotes are long; headings are not. */
const LONG_TEXT = 80;

/**
 * Reads the table under one header block, down to `lastRow` (the row before the
 * next table's header, or the end of the sheet). Returns undefined when there
 * are no amounts under the header.
 */
export function readTable(view: SheetView, block: HeaderBlock, lastRow: number, override: SheetOverride | undefined, config: Config): ReadTable | undefined {
  const first = block.bottom + 1;
  const headerCols = applyOverrideColumns(block, override);
  // A table beside another (HeaderBlock.left/right) reads only its own columns.
  const left = block.left ?? 0;
  const right = block.right ?? view.cols - 1;
  const labelCol = override?.labelColumn ? letterIndex(override.labelColumn) : findLabelColumn(view, first, lastRow, headerCols, left, right);
  const columns = resolveColumns(headerCols.filter((c) => c.col !== labelCol));
  const byOverride = override?.columns !== undefined;
  if (columns.length < 1) return undefined;

  // Values, row by row, and the evidence for each column's step in the same pass.
  const ncols = columns.length;
  const colIdx = columns.map((c) => c.col);
  const tallies = columns.map(() => new StepTally());
  const rows: FinancialRow[] = [];
  const invalid: InvalidCell[] = [];
  // "1.234" typed as text is 1,234 only in a column that groups with points elsewhere ("1.234.567"): settled after the pass.
  let pointGrouped: boolean[] | undefined;
  let ambiguous: { values: (number | null)[]; j: number; text: string }[] | undefined;
  let lastDataIdx = -1;
  for (let r = first; r <= lastRow; r++) {
    const cells = view.grid.cells[r];
    const values: (number | null)[] = new Array(ncols);
    let rowInvalid: InvalidCell[] | undefined;
    let numbers = 0;
    let errors = 0;
    for (let j = 0; j < ncols; j++) {
      values[j] = null;
      const v = cells?.[colIdx[j]]?.value;
      // Most cells are plain numbers: skip the parser and its allocation.
      if (typeof v === "number" && Number.isFinite(v)) {
        values[j] = v;
        numbers++;
        continue;
      }
      if (v === null || v === undefined) continue;
      const p = parseCellNumber(v);
      if (p.kind === "number") {
        values[j] = p.value;
        numbers++;
        if (p.pointGrouped) (pointGrouped ??= new Array<boolean>(ncols).fill(false))[j] = true;
        if (p.ambiguousPoint && typeof v === "string") (ambiguous ??= []).push({ values, j, text: v });
      } else if (p.kind === "error") {
        errors++;
        (rowInvalid ??= []).push({ row: r, col: colIdx[j], shown: p.code, isError: true });
      } else if (p.kind === "text") {
        (rowInvalid ??= []).push({
          row: r,
          col: colIdx[j],
          shown: p.text,
          isError: isCellError(v),
        });
      }
    }
    let label = view.text(r, labelCol);
    const isData = numbers > 0 || errors > 0;
    if (!isData && label === "") label = firstText(view, r, left, right);
    if (!isData && label === "") continue;
    // Text in an amount column of a row without amounts is prose or a heading, not a bad amount.
    if (isData && rowInvalid) for (const x of rowInvalid) invalid.push(x);
    if (cells) for (let j = 0; j < ncols; j++) tallies[j].add(cells[colIdx[j]]);
    rows.push({
      row: r,
      label,
      kind: isData ? "item" : "heading",
      isIncome: false,
      level: 0,
      values,
      hidden: view.isHidden(r),
    });
    if (isData) lastDataIdx = rows.length - 1;
  }
  if (lastDataIdx < 0) return undefined;
  if (ambiguous && pointGrouped) {
    for (const a of ambiguous) {
      if (!pointGrouped[a.j]) continue;
      const p = parseCellNumber(a.text, { pointGrouping: true });
      if (p.kind === "number") a.values[a.j] = p.value;
    }
  }

  const investmentHeader = columns.some((c) => c.investment) || INVESTMENT_WORD.test(block.texts.get(labelCol) ?? "") || override?.kind === "investeringar";
  // One pass: kind, income, the net row a breakdown breaks down (the nearest net row above it), unit rows.
  const unitLabels: string[] = [];
  let net: number | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    r.kind = classifyRow(r, i > lastDataIdx, investmentHeader);
    // A result row counts like income: its deviation is actual − budget when costs are positive, and higher is better.
    r.isIncome = r.kind === "breakdown-income" || (r.kind === "item" && INCOME_LABEL.test(r.label)) || (r.kind === "sum" && RESULT_LABEL.test(r.label));
    if (r.kind === "item" || r.kind === "sum") net = r.row;
    else if (r.kind === "heading") net = undefined;
    else if ((r.kind === "breakdown-costs" || r.kind === "breakdown-income") && net !== undefined) r.breakdownOf = net;
    else if (r.kind === "unit-label") unitLabels.push(r.label);
  }

  const steps = tallies.map((t) => t.step);
  const matcher = (sum: FinancialRow, cand: readonly FinancialRow[]) => {
    let match = 0;
    let miss = 0;
    for (let j = 0; j < columns.length; j++) {
      const v = sum.values[j];
      if (v === null) continue;
      let total = 0;
      let n = 0;
      for (let k = 0; k < cand.length; k++) {
        const x = cand[k].values[j];
        if (x !== null) {
          total += x;
          n++;
        }
      }
      if (n === 0) continue;
      if (Math.abs(total - v) <= tolerance(config, n, steps[j])) match++;
      else miss++;
    }
    return { match, miss };
  };
  const totalFirst = isTotalFirst(rows);
  // assignComponents passes over rows that are not items, sums or headings.
  assignComponents(totalFirst ? rows.slice().reverse() : rows, matcher);
  assignLevels(rows);

  const kind =
    override?.kind && override.kind !== "indikatorer" && override.kind !== "mal" && override.kind !== "unknown"
      ? override.kind
      : investmentHeader
        ? "investeringar"
        : isSummary(rows)
          ? "sammanfattning"
          : "driftsammandrag";

  // A share is not an amount: not summed, not a deviation (unless the config says what the column is).
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j];
    const pct = c.percent || (!byOverride && (c.role === "deviation" || c.role === "other") && percentFormatted(view, rows, j, c.col));
    if (!pct) continue;
    columns[j] = { ...c, role: "other", percent: true };
  }
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j];
    if (c.bareDiff && c.role === "other" && !c.percent && !byOverride && diffIsDeviation(columns, rows, j, steps, config))
      columns[j] = { ...c, role: "deviation" };
  }
  const finalColumns: FinancialColumn[] = columns.map((c) => {
    const out: FinancialColumn = { col: c.col, role: c.role, header: c.header };
    if (c.year !== undefined) out.year = c.year;
    if (c.percent) out.percent = true;
    return out;
  });
  const { sign, costsNegative, assumed } = decideDeviations(finalColumns, columns, rows, kind, steps, config);

  const title = findTitle(view, block);
  const unit: Unit = override?.unit ?? findUnit(block, unitLabels, title) ?? "tkr";
  const table: FinancialTable = {
    sheet: view.grid.name,
    kind,
    unit,
    headerRows: [block.top, block.bottom],
    labelCol,
    columns: finalColumns,
    sign,
    totalFirst,
    rows,
  };
  if (costsNegative !== undefined) table.costsNegative = costsNegative;
  if (assumed) table.deviationDirectionAssumed = true;
  if (title) table.title = title;
  rememberSteps(table, view.grid, steps);
  return { table, invalid };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns the config names replace the detected ones: the user said what the table's columns are. */
function applyOverrideColumns(block: HeaderBlock, override: SheetOverride | undefined): HeaderColumn[] {
  const given = override?.columns;
  if (!given) return block.columns;
  const byCol = new Map<number, HeaderColumn>(block.columns.map((c) => [c.col, c]));
  const out: HeaderColumn[] = [];
  for (const [letters, role] of Object.entries(given)) {
    const col = letterIndex(letters);
    const prev = byCol.get(col);
    const header = block.texts.get(col) ?? letters.toUpperCase();
    // The user's role counts as given: no "Netto" demotion, no percent unless the role is other.
    out.push({
      investment: prev?.investment ?? false,
      year: prev?.year,
      period: prev?.period,
      percent: role === "other" ? prev?.percent : undefined,
      col,
      header,
      role,
      basisHint: prev?.basisHint,
    });
  }
  return out.sort((a, b) => a.col - b.col);
}

/** The label column: the one with the most text in the rows under the header. */
function findLabelColumn(view: SheetView, first: number, last: number, cols: readonly HeaderColumn[], left: number, right: number): number {
  const counts = new Map<number, number>();
  const end = Math.min(last, first + 300);
  for (let r = first; r <= end; r++) {
    const cells = view.grid.cells[r];
    if (!cells) continue;
    for (let c = left; c < Math.min(cells.length, right + 1); c++) {
      const v = cells[c]?.value;
      if (typeof v !== "string" || v.trim().length < 2) continue;
      if (/\d/.test(v) && parseCellNumber(v).kind !== "text") continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestN = 0;
  for (const [c, n] of counts) if (n > bestN || (n === bestN && c < best)) [best, bestN] = [c, n];
  if (best >= 0) return best;
  const roleCols = new Set(cols.map((c) => c.col));
  for (let c = left; c <= right; c++) if (!roleCols.has(c)) return c;
  return left;
}

/**
 * One current actual and one budget: the latest-year actual is the actual and
 * earlier ones are previous years; later budget columns become "other", but for
 * a budget of the whole year beside one of the period so far (Budget jan–aug,
 * Budget helår), which the forecast's deviation compares with. A bare "Netto" is
 * the actual only when no other column is.
 */
function resolveColumns(cols: HeaderColumn[]): HeaderColumn[] {
  const years = cols.filter((c) => (c.role === "actual" || c.role === "costs" || c.role === "income") && c.year !== undefined).map((c) => c.year as number);
  const latest = years.length ? Math.max(...years) : undefined;
  const namedActual = cols.some((c) => c.role === "actual" && !c.net);
  let seenActual = false;
  let firstBudget: HeaderColumn | undefined;
  let secondBudget = false;
  let seenForecast = false;
  return cols.map((c) => {
    let role: ColumnRole = c.role;
    if (role === "actual") {
      if (c.net && namedActual) role = "other";
      else if (latest !== undefined && c.year !== undefined && c.year < latest) role = "previous";
      else if (seenActual) role = "other";
      else seenActual = true;
    } else if (role === "budget") {
      if (!firstBudget) firstBudget = c;
      else if (!secondBudget && c.period !== undefined && firstBudget.period !== undefined && c.period !== firstBudget.period) secondBudget = true;
      else role = "other";
    } else if (role === "forecast") {
      if (seenForecast) role = "other";
      seenForecast = true;
    }
    return { ...c, role };
  });
}

/** Whether most amounts of column `j` carry a percent number format (a share typed as 0.167 shown as 16.7 %). */
function percentFormatted(view: SheetView, rows: readonly FinancialRow[], j: number, col: number): boolean {
  let pct = 0;
  let n = 0;
  for (let i = 0; i < rows.length && n < 20; i++) {
    if (rows[i].values[j] === null) continue;
    n++;
    const f = view.grid.cells[rows[i].row]?.[col]?.numberFormat;
    if (f !== undefined && f.includes("%")) pct++;
  }
  return n > 0 && pct * 2 > n;
}

function firstText(view: SheetView, r: number, left: number, right: number): string {
  const cells = view.grid.cells[r];
  if (!cells) return "";
  for (let c = left; c < Math.min(cells.length, right + 1); c++) {
    const t = valueText(cells[c]?.value);
    if (t !== "") return t;
  }
  return "";
}

function classifyRow(row: FinancialRow, afterTable: boolean, investment: boolean): RowKind {
  const hasNumbers = row.values.some((v) => v !== null) || row.kind === "item";
  const label = stripMarks(row.label);
  if (row.kind === "heading") {
    if (UNIT_LABEL.test(label)) return "unit-label";
    if (afterTable || FOOTNOTE_START.test(row.label) || row.label.length > LONG_TEXT) return "footnote";
    return "heading";
  }
  if (!hasNumbers) return "heading";
  if (BREAKDOWN_COSTS.test(label)) return "breakdown-costs";
  if (BREAKDOWN_INCOME.test(label)) return "breakdown-income";
  if (MEMO_LABEL.test(label)) return "memo";
  // In an investment table "Varav kommunstyrelsen" is an ordinary line of its sum.
  if (investment && /^varav\b/i.test(label)) return "item";
  if (SUM_LABEL.test(label)) return "sum";
  return "item";
}

/** The label without trailing footnote marks; most labels end in a letter and need no regex. */
function stripMarks(label: string): string {
  const last = label.charCodeAt(label.length - 1);
  // Printable ASCII other than "*" is neither a mark nor a space, so TRAILING_MARKS cannot match.
  if (last > 32 && last < 127 && last !== 42) return label.trim();
  return label.replace(TRAILING_MARKS, "").trim();
}

/** The total stands first: the first amount row is a sum that is not a net row broken down below. */
function isTotalFirst(rows: readonly FinancialRow[]): boolean {
  let count = 0;
  let first: FinancialRow | undefined;
  let last: FinancialRow | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== "item" && r.kind !== "sum") continue;
    first ??= r;
    last = r;
    count++;
  }
  if (count < 3 || !first || !last) return false;
  if (first.kind !== "sum" || last.kind === "sum") return false;
  const firstRow = first.row;
  return !rows.some((r) => r.breakdownOf === firstRow);
}

/** A summary: a net row with its varav rows and perhaps the investment net, no units. */
function isSummary(rows: readonly FinancialRow[]): boolean {
  let sums = 0;
  let breakdowns = 0;
  for (const r of rows) {
    if (r.kind === "heading") return false;
    if (r.kind === "item" && !INVESTMENT_WORD.test(r.label)) return false;
    if (r.kind === "sum") {
      sums++;
      if ((r.components?.length ?? 0) > 0) return false;
    }
    if (r.kind === "breakdown-costs" || r.kind === "breakdown-income") breakdowns++;
  }
  return sums === 1 && breakdowns > 0;
}

/**
 * Whether a bare "Diff" column is the budget deviation: budget − actual or
 * actual − budget (or the same against the forecast) holds on at least half of
 * the item rows, and on more of them than a change on the previous year does.
 * Half, not most: with two units one wrong deviation must still be checked.
 */
function diffIsDeviation(cols: readonly HeaderColumn[], rows: readonly FinancialRow[], j: number, steps: readonly number[], config: Config): boolean {
  const budget = cols.findIndex((c) => c.role === "budget");
  if (budget < 0) return false;
  const actual = cols.findIndex((c) => c.role === "actual");
  const previous = cols.findIndex((c) => c.role === "previous");
  const items = rows.filter((r) => r.kind === "item" && r.values[j] !== null);
  const fits = (a: number, b: number) => {
    if (a < 0 || b < 0) return 0;
    const tol = tolerance(config, 2, Math.max(steps[j], steps[a], steps[b]));
    let n = 0;
    // Either sign per row: income rows of a table turn the sign of its cost rows; `decideDeviations` then picks it.
    for (const r of items) {
      const d = r.values[j];
      const x = r.values[a];
      const y = r.values[b];
      if (d !== null && x !== null && y !== null && Math.abs(Math.abs(x - y) - Math.abs(d)) <= tol) n++;
    }
    return n;
  };
  const deviation = Math.max(
    fits(actual, budget),
    fits(
      cols.findIndex((c) => c.role === "forecast"),
      budget,
    ),
  );
  return deviation > 0 && 2 * deviation >= items.length && deviation > fits(actual, previous);
}

/**
 * Works out, per deviation column, whether it compares the actual or the
 * forecast with the budget and with which sign: the relation that holds on
 * most rows wins. Returns the table's sign convention, whether costs are
 * negative numbers, and whether the rows left the direction open.
 */
function decideDeviations(
  out: FinancialColumn[],
  cols: readonly HeaderColumn[],
  rows: readonly FinancialRow[],
  kind: FinancialTable["kind"],
  steps: readonly number[],
  config: Config,
): { sign: FinancialTable["sign"]; costsNegative: boolean | undefined; assumed: boolean } {
  const idx = (role: ColumnRole) => out.findIndex((c) => c.role === role);
  const budget = idx("budget");
  // With a period budget and a whole-year budget, the actual compares with the first and the forecast with the second.
  const second = budget >= 0 ? out.findIndex((c, k) => k > budget && c.role === "budget") : -1;
  const full = second < 0 ? budget : cols[budget].period === "full" ? budget : second;
  const part = second < 0 ? budget : full === budget ? second : budget;
  const budgetFor = (basis: "actual" | "forecast") => (basis === "forecast" ? full : part);
  const actual = idx("actual");
  const forecast = idx("forecast");
  const negative = costsNegative(rows, actual >= 0 ? actual : forecast >= 0 ? forecast : budget);
  let tableSign: FinancialTable["sign"] | undefined;
  // The first deviation column that can be weighed sets the table's sign; it is told when a row fits one formula and not the other.
  let told = false;
  let sawDeviation = false;
  for (let j = 0; j < out.length; j++) {
    if (out[j].role !== "deviation") continue;
    if (kind === "investeringar") {
      out[j].deviationBasis = "actual";
      if (tableSign === undefined) told = true;
      tableSign ??= "budget-minus-actual";
      continue;
    }
    sawDeviation = true;
    const hint = cols[j].basisHint;
    const bases: ("actual" | "forecast")[] = [];
    if (hint === "forecast" && forecast >= 0) bases.push("forecast");
    else if (hint === "actual" && actual >= 0) bases.push("actual");
    else {
      if (actual >= 0) bases.push("actual");
      if (forecast >= 0) bases.push("forecast");
    }
    if (bases.length === 0 || budget < 0) continue;
    let best = {
      basis: bases[0],
      sign: "budget-minus-actual" as FinancialTable["sign"],
      n: -1,
      telling: 0,
    };
    for (const basis of bases) {
      const b = basis === "actual" ? actual : forecast;
      const budget = budgetFor(basis);
      const tol = tolerance(config, 2, Math.max(steps[j], steps[b], steps[budget]));
      // Both signs counted in one pass over the rows; then weighed in the order budget − actual, actual − budget.
      let budgetMinus = 0;
      let actualMinus = 0;
      // Rows that fit one formula only (a zero deviation on budget = actual fits both and tells nothing).
      let telling = 0;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const d = r.values[j];
        const x = r.values[b];
        const bu = r.values[budget];
        if (d === null || x === null || bu === null) continue;
        const fitsBudgetMinus = Math.abs(expectedDeviation(x, bu, "budget-minus-actual", r.isIncome) - d) <= tol;
        const fitsActualMinus = Math.abs(expectedDeviation(x, bu, "actual-minus-budget", r.isIncome) - d) <= tol;
        if (fitsBudgetMinus) budgetMinus++;
        if (fitsActualMinus) actualMinus++;
        if (fitsBudgetMinus !== fitsActualMinus) telling++;
      }
      if (budgetMinus > best.n) best = { basis, sign: "budget-minus-actual", n: budgetMinus, telling };
      if (actualMinus > best.n) best = { basis, sign: "actual-minus-budget", n: actualMinus, telling };
    }
    if (best.n <= 0) best.sign = negative ? "actual-minus-budget" : "budget-minus-actual";
    out[j].deviationBasis = best.basis;
    if (second >= 0) out[j].budgetCol = out[budgetFor(best.basis)].col;
    if (tableSign === undefined) told = best.n > 0 && best.telling > 0;
    tableSign ??= best.sign;
  }
  // A table without a deviation column has its deviation computed by the report, which follows `sign` and the costs' sign.
  const sign = tableSign ?? (negative ? "actual-minus-budget" : "budget-minus-actual");
  const assumed = sawDeviation && (!told || negative === undefined);
  return { sign, costsNegative: negative, assumed };
}

/** The deviation a row should show, given the table's sign convention. */
export function expectedDeviation(basis: number, budget: number, sign: FinancialTable["sign"], isIncome: boolean): number {
  // With costs as negative numbers, actual − budget is right for income rows too.
  if (sign === "actual-minus-budget" || isIncome) return basis - budget;
  return budget - basis;
}

/**
 * Whether costs are negative numbers: most cost and net rows (income and result
 * rows aside) are negative. Items decide; sums only when there are no items.
 * Undefined when no such row has an amount.
 */
function costsNegative(rows: readonly FinancialRow[], j: number): boolean | undefined {
  if (j < 0) return undefined;
  let neg = 0;
  let pos = 0;
  let sumNeg = 0;
  let sumPos = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.isIncome || (r.kind !== "item" && r.kind !== "sum")) continue;
    const v = r.values[j];
    if (v === null || v === 0) continue;
    if (r.kind === "item") {
      if (v < 0) neg++;
      else pos++;
    } else if (v < 0) sumNeg++;
    else sumPos++;
  }
  if (neg + pos === 0) {
    neg = sumNeg;
    pos = sumPos;
  }
  if (neg + pos === 0) return undefined;
  return neg > pos;
}

/** The single text just above the header (within three rows), e.g. "Driftsammandrag, netto tkr". */
function findTitle(view: SheetView, block: HeaderBlock): string | undefined {
  for (let r = block.top - 1; r >= Math.max(0, block.top - 3); r--) {
    const cells = view.grid.cells[r];
    if (!cells) continue;
    const texts = cells
      .slice(block.left ?? 0, (block.right ?? cells.length - 1) + 1)
      .map((c) => valueText(c?.value))
      .filter((t) => t !== "");
    if (texts.length === 1 && parseCellNumber(texts[0]).kind === "text" && texts[0].length <= LONG_TEXT) return texts[0];
    if (texts.length > 0) return undefined;
  }
  return undefined;
}

function findUnit(block: HeaderBlock, unitLabels: readonly string[], title: string | undefined): Unit | undefined {
  const sources: string[] = [...unitLabels];
  if (title) sources.push(title);
  for (const t of block.texts.values()) sources.push(t);
  for (const s of sources) {
    const u = unitFromText(s);
    if (u) return u;
  }
  return undefined;
}

/** The reader's finding for a cell that should hold an amount. */
export function invalidFinding(sheet: string, cell: InvalidCell, coveringSums: readonly number[]): ReaderFinding {
  const a1 = toA1(cell.row, cell.col);
  const what = cell.isError ? cell.shown : `texten ”${cell.shown}”`;
  const whatEn = cell.isError ? cell.shown : `the text "${cell.shown}"`;
  const sums = coveringSums.map((r) => toA1(r, cell.col));
  const tail = sums.length
    ? ` Värdet räknas som tomt, så ${sums.length === 1 ? "summan i" : "summorna i"} ${sums.join(", ")} kontrolleras inte mot det.`
    : " Värdet räknas som tomt i kontrollerna.";
  const tailEn = sums.length
    ? ` It counts as blank, so the sum${sums.length === 1 ? "" : "s"} in ${sums.join(", ")} ${sums.length === 1 ? "is" : "are"} not checked against it.`
    : " It counts as blank in the checks.";
  return {
    rule: "invalid-value",
    sheet,
    cell: a1,
    message: `Cellen ${a1} på bladet ${sheet} innehåller ${what} där ett belopp ska stå.${tail}`,
    messageEn: `Cell ${a1} on sheet ${sheet} holds ${whatEn} where an amount belongs.${tailEn}`,
  };
}

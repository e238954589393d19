import { toA1 } from "../a1";
import { Config } from "../config";
import { FinancialRow, FinancialTable } from "../model";
import { convertAmount, parseCellNumber } from "../numbers";
import { RuleContext, RuleFinding } from "../rule";
import { amount, amountEn, columnRanges, otherSheetRef, shortLabel, signedAmount, signedAmountEn } from "./format";
import { INVESTMENT_WORD } from "./patterns";
import { netColumnChecks, netDifference } from "./net-columns";
import { columnStep, isZeroDiff, rememberedSteps, tolerance } from "./precision";
import { SheetView, sheetViewOf } from "./sheet-view";
import { leavesOf, RowIndex, RowLookup } from "./structure";
import { budgetIndexFor } from "./columns";
import { expectedDeviation } from "./table";

/**
 * The arithmetic of every financial table, computed once per check and shared
 * by the rules: each difference is either an error (beyond rounding) or a
 * rounding difference, so `sum-mismatch` and `rounding-difference` never
 * disagree about which is which.
 */
export type CheckKind = "sum" | "deviation" | "net" | "cross";

export interface Difference extends RuleFinding {
  check: CheckKind;
  /** Beyond the rounding tolerance. */
  error: boolean;
}

/** A table with what the checks need beside it: the grid, steps per column, rows by grid row. */
export interface TableView {
  table: FinancialTable;
  view?: SheetView;
  steps: number[];
  /** Rows by grid row. */
  byRow: RowLookup;
}

const cache = new WeakMap<RuleContext, Difference[]>();
const tableViews = new WeakMap<RuleContext, Map<FinancialTable, TableView>>();

export function differences(ctx: RuleContext): Difference[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const tvs = ctx.tables.map((t) => tableView(ctx, t));
  const out: Difference[] = [];
  for (const tv of tvs) {
    sumChecks(tv, ctx.config, out);
    deviationChecks(tv, ctx.config, out);
    netChecks(tv, ctx.config, out);
    netColumnChecks(tv, ctx.config, out);
  }
  crossChecks(tvs, ctx.config, out);
  cache.set(ctx, out);
  return out;
}

/** One view per table and check: the rules share it (steps and row maps cost a pass over the table). */
export function tableView(ctx: RuleContext, table: FinancialTable): TableView {
  let perCtx = tableViews.get(ctx);
  if (!perCtx) {
    perCtx = new Map();
    tableViews.set(ctx, perCtx);
  }
  const known = perCtx.get(table);
  if (known) return known;
  const made = makeTableView(ctx, table);
  perCtx.set(table, made);
  return made;
}

function makeTableView(ctx: RuleContext, table: FinancialTable): TableView {
  const grid = ctx.grids.get(table.sheet);
  const view = grid ? sheetViewOf(grid) : undefined;
  let steps = grid ? rememberedSteps(table, grid) : undefined;
  if (!steps) {
    const rows = table.rows.map((r) => r.row);
    steps = table.columns.map((c) => (view ? columnStep(view, rows, c.col) : 1));
  }
  return { table, view, steps, byRow: new RowIndex(table.rows) };
}

/** A cell that the reader reported as invalid-value: it counts as blank and spoils checks over it. */
export function isInvalid(tv: TableView, row: number, col: number): boolean {
  if (!tv.view) return false;
  const k = parseCellNumber(tv.view.cell(row, col)?.value).kind;
  return k === "error" || k === "text";
}

function header(t: FinancialTable, j: number): string {
  return t.columns[j].header || toA1(0, t.columns[j].col).replace(/\d+/, "");
}

// ---------------------------------------------------------------- sums

function sumChecks(tv: TableView, config: Config, out: Difference[]): void {
  const { table } = tv;
  for (let i = 0; i < table.rows.length; i++) {
    const sum = table.rows[i];
    if (sum.kind !== "sum" || !sum.components || sum.components.length === 0) continue;
    const comps: FinancialRow[] = [];
    let hasSubtotal = false;
    for (let k = 0; k < sum.components.length; k++) {
      const c = tv.byRow.get(sum.components[k]);
      if (!c) continue;
      comps.push(c);
      if (c.kind === "sum" && (c.components?.length ?? 0) > 0) hasSubtotal = true;
    }
    const leaves = hasSubtotal ? leavesOf(sum, tv.byRow) : undefined;
    for (let j = 0; j < table.columns.length; j++) {
      const v = sum.values[j];
      // Shares (Avvikelse %) do not add up.
      if (v === null || table.columns[j].percent) continue;
      const col = table.columns[j].col;
      const step = tv.steps[j];
      const a = addUp(tv, comps, j, col);
      if (!a) continue;
      const b = leaves ? addUp(tv, leaves, j, col) : undefined;
      const diff = v - a.total;
      const tol = tolerance(config, a.n, step);
      const leafDiff = b ? v - b.total : 0;
      const leafTol = b ? tolerance(config, b.n, step) : 0;
      let basis: { total: number; rows: readonly FinancialRow[]; leaf: boolean; error: boolean } | undefined;
      if (Math.abs(diff) > tol) basis = { total: a.total, rows: a.rows, leaf: false, error: true };
      else if (b && Math.abs(leafDiff) > leafTol) basis = { total: b.total, rows: b.rows, leaf: true, error: true };
      else if (!isZeroDiff(diff, step)) basis = { total: a.total, rows: a.rows, leaf: false, error: false };
      else if (b && !isZeroDiff(leafDiff, step)) basis = { total: b.total, rows: b.rows, leaf: true, error: false };
      if (!basis) continue;
      const cell = toA1(sum.row, col);
      const d = v - basis.total;
      const u = table.unit;
      const ranges = columnRanges(
        basis.rows.map((r) => r.row),
        col,
      );
      const what = basis.leaf ? `raderna under delsummorna (${ranges.join(", ")})` : `raderna den summerar (${ranges.join(", ")})`;
      const whatEn = basis.leaf ? `the rows under its sub-totals (${ranges.join(", ")})` : `the rows it adds up (${ranges.join(", ")})`;
      const place = `${shortLabel(sum.label)}, ${header(table, j)}`;
      out.push({
        check: "sum",
        error: basis.error,
        sheet: table.sheet,
        cell,
        expected: basis.total,
        actual: v,
        related: ranges,
        message: basis.error
          ? `Summan i ${cell} (${place}) är ${amount(v, step, u)}, men ${what} ger ${amount(basis.total, step, u)}: skillnad ${signedAmount(d, step, u)}.${basis.leaf ? " En delsumma stämmer inte med sina rader." : ""}`
          : `Summan i ${cell} (${place}) är ${amount(v, step, u)} och ${what} ger ${amount(basis.total, step, u)}: en avrundningsskillnad på ${signedAmount(d, step, u)}.`,
        messageEn: basis.error
          ? `The sum in ${cell} (${place}) is ${amountEn(v, step, u)}, but ${whatEn} give ${amountEn(basis.total, step, u)}: a difference of ${signedAmountEn(d, step, u)}.${basis.leaf ? " A sub-total does not match its rows." : ""}`
          : `The sum in ${cell} (${place}) is ${amountEn(v, step, u)} and ${whatEn} give ${amountEn(basis.total, step, u)}: a rounding difference of ${signedAmountEn(d, step, u)}.`,
      });
    }
  }
}

/** Sum of the rows' values in one column; undefined when none has a value or one is invalid. */
function addUp(tv: TableView, rows: readonly FinancialRow[], j: number, col: number): { total: number; n: number; rows: readonly FinancialRow[] } | undefined {
  let total = 0;
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const x = r.values[j];
    if (x === null) {
      // An unreadable component: the invalid-value finding says why this sum is not checked.
      if (isInvalid(tv, r.row, col)) return undefined;
      continue;
    }
    total += x;
    n++;
  }
  return n === 0 ? undefined : { total, n, rows };
}

// ---------------------------------------------------------------- deviations

function deviationChecks(tv: TableView, config: Config, out: Difference[]): void {
  const { table } = tv;
  const idx = (role: string) => table.columns.findIndex((c) => c.role === role);
  if (idx("budget") < 0) return;
  const actual = idx("actual");
  const forecast = idx("forecast");
  const costs = idx("costs");
  const income = idx("income");
  const u = table.unit;
  for (let j = 0; j < table.columns.length; j++) {
    const c = table.columns[j];
    if (c.role !== "deviation") continue;
    const budget = budgetIndexFor(table, j);
    const investment = table.kind === "investeringar";
    const basis = c.deviationBasis === "forecast" ? forecast : actual;
    if (!investment && basis < 0) continue;
    // Investment tables: Avvikelse = Budget netto − (Utgifter − Inkomster), blank counted as 0.
    const inv = investment && basis < 0 ? [budget, costs, income].filter((k) => k >= 0) : [];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.kind !== "item" && row.kind !== "sum" && row.kind !== "breakdown-costs" && row.kind !== "breakdown-income") continue;
      const dev = row.values[j];
      if (dev === null) continue;
      let expected: number;
      let step = tv.steps[j];
      let terms = 2;
      if (investment && basis < 0) {
        if (inv.some((k) => isInvalid(tv, row.row, table.columns[k].col))) continue;
        const bu = row.values[budget] ?? 0;
        const co = costs >= 0 ? (row.values[costs] ?? 0) : 0;
        const inc = income >= 0 ? (row.values[income] ?? 0) : 0;
        expected = bu - (co - inc);
        terms = 3;
        for (const k of inv) step = Math.max(step, tv.steps[k]);
      } else {
        const x = row.values[basis];
        const bu = row.values[budget];
        if (x === null || bu === null) continue;
        expected = expectedDeviation(x, bu, table.sign, row.isIncome);
        step = Math.max(step, tv.steps[basis], tv.steps[budget]);
      }
      const diff = dev - expected;
      if (isZeroDiff(diff, step)) continue;
      // Only now, for the few rows that differ, the words and addresses of the finding.
      let formula: string;
      const related: string[] = [];
      if (investment && basis < 0) {
        for (const k of inv) related.push(toA1(row.row, table.columns[k].col));
        formula = `${header(table, budget)} − (${costs >= 0 ? header(table, costs) : "0"} − ${income >= 0 ? header(table, income) : "0"})`;
      } else {
        const budgetFirst = !(table.sign === "actual-minus-budget" || row.isIncome);
        formula = budgetFirst ? `${header(table, budget)} − ${header(table, basis)}` : `${header(table, basis)} − ${header(table, budget)}`;
        related.push(toA1(row.row, table.columns[basis].col), toA1(row.row, table.columns[budget].col));
      }
      const formulaEn = formula;
      const error = Math.abs(diff) > tolerance(config, terms, step);
      const cell = toA1(row.row, c.col);
      const label = shortLabel(row.label);
      const incomeNote = row.isIncome && table.sign === "budget-minus-actual" ? " (intäktsrad: utfall − budget)" : "";
      const incomeNoteEn = row.isIncome && table.sign === "budget-minus-actual" ? " (income row: actual − budget)" : "";
      out.push({
        check: "deviation",
        error,
        sheet: table.sheet,
        cell,
        expected,
        actual: dev,
        related,
        message: error
          ? `Avvikelsen i ${cell} (${label}) är ${amount(dev, step, u)}, men ${formula} ger ${amount(expected, step, u)}${incomeNote}.`
          : `Avvikelsen i ${cell} (${label}) är ${amount(dev, step, u)} och ${formula} ger ${amount(expected, step, u)}: en avrundningsskillnad.`,
        messageEn: error
          ? `The deviation in ${cell} (${label}) is ${amountEn(dev, step, u)}, but ${formulaEn} gives ${amountEn(expected, step, u)}${incomeNoteEn}.`
          : `The deviation in ${cell} (${label}) is ${amountEn(dev, step, u)} and ${formulaEn} gives ${amountEn(expected, step, u)}: a rounding difference.`,
      });
    }
  }
}

// ---------------------------------------------------------------- net = varav kostnader − varav intäkter

function netChecks(tv: TableView, config: Config, out: Difference[]): void {
  const { table } = tv;
  const costsOf = new Map<number, FinancialRow>();
  const incomeOf = new Map<number, FinancialRow>();
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (r.breakdownOf === undefined) continue;
    if (r.kind === "breakdown-costs" && !costsOf.has(r.breakdownOf)) costsOf.set(r.breakdownOf, r);
    if (r.kind === "breakdown-income" && !incomeOf.has(r.breakdownOf)) incomeOf.set(r.breakdownOf, r);
  }
  const u = table.unit;
  for (const [netRow, co] of costsOf) {
    const inc = incomeOf.get(netRow);
    const net = tv.byRow.get(netRow);
    if (!inc || !net) continue;
    for (let j = 0; j < table.columns.length; j++) {
      const n = net.values[j];
      const c = co.values[j];
      const i = inc.values[j];
      if (n === null || c === null || i === null) continue;
      const isDev = table.columns[j].role === "deviation";
      // Deviations add up (income deviations are already turned); with costs as negative numbers, so do the amounts.
      const add = isDev || (c < 0 && i >= 0);
      const expected = add ? c + i : c - i;
      const step = tv.steps[j];
      const diff = n - expected;
      if (isZeroDiff(diff, step)) continue;
      const error = Math.abs(diff) > tolerance(config, 2, step);
      const col = table.columns[j].col;
      const cell = toA1(net.row, col);
      const cc = toA1(co.row, col);
      const ic = toA1(inc.row, col);
      const op = add ? "+" : "−";
      out.push(
        netDifference({
          sheet: table.sheet,
          cell,
          place: `${shortLabel(net.label)}, ${header(table, j)}`,
          n,
          expected,
          step,
          unit: u,
          error,
          related: [cc, ic],
          formula: `varav kostnader ${op} varav intäkter (${cc} ${op} ${ic})`,
          formulaEn: `costs ${op} income (${cc} ${op} ${ic})`,
          refs: `${cc} ${op} ${ic}`,
          giveEn: "give",
        }),
      );
    }
  }
}

// ---------------------------------------------------------------- the same quantity in two tables

interface Quantity {
  value: number;
  cells: string[];
  label: string;
}

function crossChecks(tvs: readonly TableView[], config: Config, out: Difference[]): void {
  const drift = tvs.filter((t) => t.table.kind === "driftsammandrag");
  const inv = tvs.filter((t) => t.table.kind === "investeringar");
  for (const s of tvs) {
    if (s.table.kind !== "sammanfattning") continue;
    const st = s.table;
    const net =
      st.rows.find((r) => r.kind === "sum") ??
      st.rows.find((r) => r.kind === "item" && !INVESTMENT_WORD.test(r.label) && st.rows.some((b) => b.breakdownOf === r.row));
    if (net) {
      const match = matchNetRow(s, net, drift);
      if (match) {
        compareRows(s, net, match.tv, match.row, config, out);
        for (const kind of ["breakdown-costs", "breakdown-income"] as const) {
          const mine = st.rows.find((r) => r.kind === kind && r.breakdownOf === net.row);
          const theirs = match.tv.table.rows.find((r) => r.kind === kind && r.breakdownOf === match.row.row);
          if (mine && theirs) compareRows(s, mine, match.tv, theirs, config, out);
        }
      }
    }
    const invRow = st.rows.find((r) => r.kind === "item" && INVESTMENT_WORD.test(r.label));
    if (invRow && inv.length > 0) compareInvestment(s, invRow, inv[0], config, out);
  }
}

/** The driftsammandrag row the summary's net row stands for: the one with the same budget, else the grand total. */
function matchNetRow(s: TableView, net: FinancialRow, drift: readonly TableView[]): { tv: TableView; row: FinancialRow } | undefined {
  const sb = s.table.columns.findIndex((c) => c.role === "budget");
  const sa = s.table.columns.findIndex((c) => c.role === "actual");
  for (const [sj, role] of [
    [sb, "budget"],
    [sa, "actual"],
  ] as const) {
    if (sj < 0 || net.values[sj] === null) continue;
    const want = net.values[sj] as number;
    for (const d of drift) {
      const dj = d.table.columns.findIndex((c) => c.role === role);
      if (dj < 0) continue;
      for (const r of d.table.rows) {
        if (r.kind !== "sum") continue;
        const v = r.values[dj];
        if (v === null) continue;
        const conv = convertAmount(v, d.table.unit, s.table.unit);
        if (Math.abs(conv - want) <= s.steps[sj] * 0.5 + 1e-9) return { tv: d, row: r };
      }
    }
  }
  const totals = drift.flatMap((d) =>
    d.table.rows.filter((r) => r.kind === "sum" && r.level === 0 && (r.components?.length ?? 0) > 0).map((row) => ({ tv: d, row })),
  );
  return totals.length === 1 ? totals[0] : undefined;
}

function compareRows(s: TableView, mine: FinancialRow, o: TableView, theirs: FinancialRow, config: Config, out: Difference[]): void {
  for (let j = 0; j < s.table.columns.length; j++) {
    const c = s.table.columns[j];
    if (c.role === "other" || c.role === "costs" || c.role === "income") continue;
    const oj = o.table.columns.findIndex((x) => x.role === c.role && (x.year === undefined || c.year === undefined || x.year === c.year));
    if (oj < 0) continue;
    const ov = theirs.values[oj];
    const v = mine.values[j];
    if (ov === null || v === null) continue;
    const other: Quantity = {
      value: convertAmount(ov, o.table.unit, s.table.unit),
      cells: [toA1(theirs.row, o.table.columns[oj].col)],
      label: shortLabel(theirs.label),
    };
    pushCross(s, mine, j, v, o.table, other, convertAmount(o.steps[oj], o.table.unit, s.table.unit), config, out);
  }
}

/** The summary's "Investeringar, netto" against the investment table's grand total, net = utgifter − inkomster. */
function compareInvestment(s: TableView, mine: FinancialRow, o: TableView, config: Config, out: Difference[]): void {
  const t = o.table;
  const sums = t.rows.filter((r) => r.kind === "sum" && r.level === 0);
  const total = sums.length ? sums.reduce((a, b) => ((b.components?.length ?? 0) >= (a.components?.length ?? 0) ? b : a)) : undefined;
  if (!total) return;
  const col = (role: string) => t.columns.findIndex((c) => c.role === role);
  const actual = col("actual");
  const costs = col("costs");
  const income = col("income");
  for (let j = 0; j < s.table.columns.length; j++) {
    const role = s.table.columns[j].role;
    const v = mine.values[j];
    if (v === null) continue;
    let other: Quantity | undefined;
    let otherStep = 0;
    if (role === "actual") {
      if (actual >= 0 && total.values[actual] !== null) {
        other = { value: total.values[actual] as number, cells: [toA1(total.row, t.columns[actual].col)], label: shortLabel(total.label) };
        otherStep = o.steps[actual];
      } else if (costs >= 0 && total.values[costs] !== null) {
        const inc = income >= 0 ? (total.values[income] ?? 0) : 0;
        const cells = [toA1(total.row, t.columns[costs].col)];
        if (income >= 0) cells.push(toA1(total.row, t.columns[income].col));
        other = { value: (total.values[costs] as number) - inc, cells, label: `${shortLabel(total.label)}, utgifter − inkomster` };
        otherStep = Math.max(o.steps[costs], income >= 0 ? o.steps[income] : 0);
      }
    } else if (role === "budget" || role === "deviation" || role === "previous") {
      const k = t.columns.findIndex((c) => c.role === role);
      if (k >= 0 && total.values[k] !== null) {
        other = { value: total.values[k] as number, cells: [toA1(total.row, t.columns[k].col)], label: shortLabel(total.label) };
        otherStep = o.steps[k];
      }
    }
    if (!other) continue;
    other.value = convertAmount(other.value, t.unit, s.table.unit);
    pushCross(s, mine, j, v, t, other, convertAmount(otherStep, t.unit, s.table.unit), config, out);
  }
}

function pushCross(
  s: TableView,
  mine: FinancialRow,
  j: number,
  v: number,
  ot: FinancialTable,
  other: Quantity,
  /** The other table's step, in this table's unit. */
  otherStep: number,
  config: Config,
  out: Difference[],
): void {
  // Compared in this table's unit at the coarser table's precision: 462,1 mnkr is 462 113 tkr rounded, not a difference.
  const step = Math.max(s.steps[j], otherStep);
  const diff = v - other.value;
  if (isZeroDiff(diff, step)) return;
  if (s.steps[j] !== otherStep && Math.abs(diff) <= step / 2 + step * 1e-9) return;
  const error = Math.abs(diff) > tolerance(config, 1, step);
  const t = s.table;
  const cell = toA1(mine.row, t.columns[j].col);
  const u = t.unit;
  const otherCells = other.cells.map((c) => otherSheetRef(ot.sheet, c)).join(" − ");
  const label = `${shortLabel(mine.label)}, ${header(t, j)}`;
  out.push({
    check: "cross",
    error,
    sheet: t.sheet,
    cell,
    expected: other.value,
    actual: v,
    related: other.cells.map((c) => otherSheetRef(ot.sheet, c)),
    message: error
      ? `${cell} (${label}) är ${amount(v, step, u)} men samma belopp är ${amount(other.value, step, u)} i ${otherCells} (${other.label}): skillnad ${signedAmount(diff, step, u)}.`
      : `${cell} (${label}) är ${amount(v, step, u)} och ${amount(other.value, step, u)} i ${otherCells}: en avrundningsskillnad.`,
    messageEn: error
      ? `${cell} (${label}) is ${amountEn(v, step, u)} but the same amount is ${amountEn(other.value, step, u)} in ${otherCells} (${other.label}): a difference of ${signedAmountEn(diff, step, u)}.`
      : `${cell} (${label}) is ${amountEn(v, step, u)} and ${amountEn(other.value, step, u)} in ${otherCells}: a rounding difference.`,
  });
}

/** Strips the bookkeeping fields so a rule can return the finding. */
export function asFinding(d: Difference): RuleFinding {
  const { check: _check, error: _error, ...f } = d;
  return f;
}

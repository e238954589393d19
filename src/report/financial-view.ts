import { deviationFavourableSign, type ColumnRole, type FinancialColumn, type FinancialRow, type FinancialTable } from "../domain";

/**
 * How a financial table is laid out in the report, and the deviation of
 * each row: shared by the Driftsammandrag block and the drafted comments so
 * both say the same thing.
 */

export type ReportColumn =
  /** A column copied from the source table (index into `table.columns`). */
  | {
      readonly kind: "source";
      readonly role: ColumnRole;
      readonly index: number;
      readonly header: string;
    }
  /** Deviation computed from budget and actual, for a table that prints none. */
  | { readonly kind: "computedDeviation" }
  /** Deviation as a fraction of the budget. */
  | { readonly kind: "deviationPct" };

/** Source roles in report order; the deviation and its percentage come before the previous year. */
const ROLE_ORDER: readonly ColumnRole[] = ["costs", "income", "actual", "budget", "forecast", "deviation"];

export function reportColumns(table: FinancialTable): ReportColumn[] {
  const out: ReportColumn[] = [];
  const byRole = (role: ColumnRole) =>
    table.columns.flatMap((c, index) => (c.role === role ? [{ kind: "source" as const, role, index, header: c.header }] : []));
  for (const role of ROLE_ORDER) out.push(...byRole(role));
  const hasBudget = table.columns.some((c) => c.role === "budget");
  if (!table.columns.some((c) => c.role === "deviation") && hasBudget) out.push({ kind: "computedDeviation" });
  if (hasBudget) out.push({ kind: "deviationPct" });
  out.push(...byRole("previous"));
  return out;
}

function firstIndex(table: FinancialTable, pred: (c: FinancialColumn) => boolean): number {
  return table.columns.findIndex(pred);
}

function valueAt(row: FinancialRow, index: number): number | null {
  return index >= 0 ? (row.values[index] ?? null) : null;
}

/** The budget value of a row (first budget column), null when none. */
export function rowBudget(table: FinancialTable, row: FinancialRow): number | null {
  return valueAt(
    row,
    firstIndex(table, (c) => c.role === "budget"),
  );
}

/**
 * The outcome the deviation is measured on: the actual, else net spending
 * (costs − income, as an investment table has it), else the forecast.
 */
function rowOutcome(table: FinancialTable, row: FinancialRow): number | null {
  const actual = valueAt(
    row,
    firstIndex(table, (c) => c.role === "actual"),
  );
  if (actual !== null) return actual;
  const costs = valueAt(
    row,
    firstIndex(table, (c) => c.role === "costs"),
  );
  const income = valueAt(
    row,
    firstIndex(table, (c) => c.role === "income"),
  );
  if (costs !== null || income !== null) return (costs ?? 0) - (income ?? 0);
  return valueAt(
    row,
    firstIndex(table, (c) => c.role === "forecast"),
  );
}

/** Deviation computed from budget and outcome; positive always means better than budget. */
export function computedDeviation(table: FinancialTable, row: FinancialRow): number | null {
  const budget = rowBudget(table, row);
  const outcome = rowOutcome(table, row);
  if (budget === null || outcome === null) return null;
  const asTable = table.sign === "actual-minus-budget" || row.isIncome ? outcome - budget : budget - outcome;
  return better(asTable, table, row);
}

/**
 * The row's deviation as the report states it: the printed one (preferring a
 * column that compares the actual), else the computed one. The report shows
 * what the document says; wrong figures are flagged, not silently corrected.
 * Turned so that positive means better than budget, also for a table that
 * writes an overspend as a positive deviation (costs positive, actual − budget).
 */
export function rowDeviation(table: FinancialTable, row: FinancialRow): number | null {
  const preferred = preferredDeviation(table);
  if (!preferred) return computedDeviation(table, row);
  const printed = valueAt(row, preferred.i);
  return printed === null ? null : better(printed, table, row);
}

/** A deviation in the table's own sign, turned so that positive is better than budget. */
function better(deviation: number, table: FinancialTable, row: FinancialRow): number {
  return deviation === 0 ? 0 : deviation * deviationFavourableSign(table, row);
}

/** Whether a deviation as the table prints it is worse than budget (for marking it red). */
export function isUnfavourable(table: FinancialTable, row: FinancialRow, printed: number): boolean {
  return better(printed, table, row) < 0;
}

/** Index (into `table.columns`) of the deviation column the report's sentences quote, -1 when the table prints none. */
export function shownDeviationIndex(table: FinancialTable): number {
  return preferredDeviation(table)?.i ?? -1;
}

/** A deviation in the table's own sign (e.g. the engine's expected value), turned so that positive is better than budget. */
export function favourable(table: FinancialTable, row: FinancialRow, deviation: number): number {
  return better(deviation, table, row);
}

/** Deviation computed on the basis the printed column states (the forecast during the year), positive = better. */
export function computedOnBasis(table: FinancialTable, row: FinancialRow): number | null {
  const preferred = preferredDeviation(table);
  if (preferred?.c.deviationBasis !== "forecast") return computedDeviation(table, row);
  const budget = rowBudget(table, row);
  const forecast = valueAt(
    row,
    firstIndex(table, (c) => c.role === "forecast"),
  );
  if (budget === null || forecast === null) return null;
  const asTable = table.sign === "actual-minus-budget" || row.isIncome ? forecast - budget : budget - forecast;
  return better(asTable, table, row);
}

function preferredDeviation(table: FinancialTable): { c: FinancialTable["columns"][number]; i: number } | undefined {
  const devCols = table.columns.flatMap((c, i) => (c.role === "deviation" ? [{ c, i }] : []));
  return devCols.find((d) => d.c.deviationBasis !== "forecast") ?? devCols[0];
}

/** Whether the deviation the report shows compares the forecast (a tertial or month report) rather than the actual. */
export function deviationIsForecast(table: FinancialTable): boolean {
  const preferred = preferredDeviation(table);
  if (preferred) return preferred.c.deviationBasis === "forecast";
  return !table.columns.some((c) => c.role === "actual" || c.role === "costs") && table.columns.some((c) => c.role === "forecast");
}

/**
 * Deviation as a fraction of the budget; null when the budget is 0, missing, or
 * of the opposite sign to a cost budget. A net row budgeted as a surplus
 * (Verksamhetsstöd och service: −500 tkr) would otherwise show 3 360 %, which
 * says nothing to a nämnd.
 */
export function deviationShare(table: FinancialTable, row: FinancialRow, deviation?: number | null): number | null {
  const dev = deviation === undefined ? rowDeviation(table, row) : deviation;
  const budget = rowBudget(table, row);
  if (dev === null || budget === null || budget === 0) return null;
  const costsNegative = (table.costsNegative ?? table.sign === "actual-minus-budget") && !row.isIncome;
  if (costsNegative ? budget > 0 : budget < 0) return null;
  return dev / Math.abs(budget);
}

/** Excel number format for amounts in the table's unit. */
export function amountFormat(unit: FinancialTable["unit"]): string {
  return unit === "mnkr" ? "#,##0.0" : "#,##0";
}

export const PERCENT_FORMAT = "0.0%";

import { Config } from "../config";
import { Cell, Grid } from "../grid";
import { FinancialColumn, FinancialRow, FinancialTable } from "../model";
import { SheetView } from "./sheet-view";

const formatMemo = new Map<string, number | undefined>();

/** Decimals shown by an Excel number format ("#,##0.0" → 1); undefined when it does not say. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format) return undefined;
  // A sheet has a handful of formats and tens of thousands of cells.
  if (formatMemo.has(format)) return formatMemo.get(format);
  const d = readFormatDecimals(format);
  if (formatMemo.size < 1000) formatMemo.set(format, d);
  return d;
}

function readFormatDecimals(format: string): number | undefined {
  if (/^general$/i.test(format)) return undefined;
  const first = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#]/.test(first)) return undefined;
  const m = /\.(0+)/.exec(first);
  return m ? m[1].length : 0;
}

/** Decimals a typed value carries (25.2 → 1), at most 3. */
export function valueDecimals(v: number): number {
  if (Number.isInteger(v)) return 0;
  for (let d = 0; d < 3; d++) {
    const x = v * 10 ** d;
    if (Math.abs(x - Math.round(x)) < 1e-6) return d;
  }
  return 3;
}

/**
 * The evidence for a column's step, fed one cell at a time, so that the reader
 * can gather it in the pass that reads the values.
 */
export class StepTally {
  private fromFormat: number | undefined;
  private fromValues = 0;
  private lastFormat: string | undefined;

  add(cell: Cell | undefined): void {
    if (!cell) return;
    // Columns repeat one format down every row.
    if (cell.numberFormat !== undefined && cell.numberFormat !== this.lastFormat) {
      this.lastFormat = cell.numberFormat;
      const fd = formatDecimals(cell.numberFormat);
      if (fd !== undefined) this.fromFormat = Math.max(this.fromFormat ?? 0, fd);
    }
    if (typeof cell.value === "number" && !cell.formula) this.fromValues = Math.max(this.fromValues, valueDecimals(cell.value));
  }

  get step(): number {
    return 10 ** -(this.fromFormat ?? this.fromValues);
  }
}

/**
 * The last digit the column shows, in the column's unit: 1 for whole tkr, 0.1 for
 * mnkr with one decimal. The number format wins; without one, the values decide.
 */
export function columnStep(view: SheetView, rows: readonly number[], col: number): number {
  const tally = new StepTally();
  for (const r of rows) tally.add(view.cell(r, col));
  return tally.step;
}

interface KnownSteps {
  grid: Grid;
  rows: readonly FinancialRow[];
  rowCount: number;
  columns: readonly FinancialColumn[];
  steps: readonly number[];
}

const knownSteps = new WeakMap<FinancialTable, KnownSteps>();

/** Keeps the steps the reader worked out, so the checks need not read every cell of the table again. */
export function rememberSteps(table: FinancialTable, grid: Grid, steps: readonly number[]): void {
  knownSteps.set(table, { grid, rows: table.rows, rowCount: table.rows.length, columns: table.columns, steps });
}

/** The steps of a table as its reader found them; undefined for a table made elsewhere or changed since. */
export function rememberedSteps(table: FinancialTable, grid: Grid): number[] | undefined {
  const k = knownSteps.get(table);
  if (
    !k ||
    k.grid !== grid ||
    k.rows !== table.rows ||
    k.rowCount !== table.rows.length ||
    k.columns !== table.columns ||
    k.steps.length !== table.columns.length
  )
    return undefined;
  return k.steps.slice();
}

/** Allowed difference for a figure made of `terms` rounded values. */
export function tolerance(config: Config, terms: number, step: number): number {
  return Math.max(config.rounding.perRow * terms, config.rounding.minimum) * step;
}

/** True when a difference is too small to be anything but binary noise. */
export function isZeroDiff(diff: number, step: number): boolean {
  return Math.abs(diff) < step * 1e-6;
}

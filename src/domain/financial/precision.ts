import { Config } from "../config";
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
 * The last digit the column shows, in the column's unit: 1 for whole tkr, 0.1 for
 * mnkr with one decimal. The number format wins; without one, the values decide.
 */
export function columnStep(view: SheetView, rows: readonly number[], col: number): number {
  let fromFormat: number | undefined;
  let fromValues = 0;
  let lastFormat: string | undefined;
  for (const r of rows) {
    const cell = view.cell(r, col);
    if (!cell) continue;
    // Columns repeat one format down every row.
    if (cell.numberFormat !== undefined && cell.numberFormat !== lastFormat) {
      lastFormat = cell.numberFormat;
      const fd = formatDecimals(cell.numberFormat);
      if (fd !== undefined) fromFormat = Math.max(fromFormat ?? 0, fd);
    }
    if (typeof cell.value === "number" && !cell.formula) fromValues = Math.max(fromValues, valueDecimals(cell.value));
  }
  return 10 ** -(fromFormat ?? fromValues);
}

/** Allowed difference for a figure made of `terms` rounded values. */
export function tolerance(config: Config, terms: number, step: number): number {
  return Math.max(config.rounding.perRow * terms, config.rounding.minimum) * step;
}

/** True when a difference is too small to be anything but binary noise. */
export function isZeroDiff(diff: number, step: number): boolean {
  return Math.abs(diff) < step * 1e-6;
}

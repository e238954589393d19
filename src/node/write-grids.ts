import ExcelJS from "exceljs";
import { Cell, CellValue, Grid, isCellError } from "../domain/grid";

/**
 * Writes grids to an .xlsx file so that it looks like a controller's
 * workbook: formulas with their cached results (ExcelJS never calculates,
 * and a reader sees only what is cached), number formats, fills, hidden
 * rows, merges, column widths.
 */

export interface SheetStyle {
  /** Column widths in characters, by column index; missing ones are sized from the content. */
  columnWidths?: number[];
  /** 0-based rows written in bold (headings, sums). */
  boldRows?: number[];
  /** Number format for numeric cells without their own, e.g. `#,##0`. */
  defaultNumberFormat?: string;
  /** Rows to freeze at the top (the header). */
  frozenRows?: number;
}

export interface WriteOptions {
  /** Per sheet name. */
  styles?: Record<string, SheetStyle>;
  creator?: string;
}

// Keep name and size when setting bold: a font object replaces the whole font (see toolchain.md).
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11 };
const BOLD_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, bold: true };

type ExcelErrorText = ExcelJS.CellErrorValue["error"];

function toExcelScalar(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error as ExcelErrorText };
  return v;
}

function toExcelValue(cell: Cell): ExcelJS.CellValue {
  if (cell.formula) {
    const result = isCellError(cell.value) ? { error: cell.value.error as ExcelErrorText } : (cell.value ?? undefined);
    return { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  return toExcelScalar(cell.value);
}

function shownLength(cell: Cell | undefined): number {
  if (!cell || cell.value === null) return 0;
  const v = cell.value;
  if (typeof v === "number") return v.toLocaleString("sv-SE", { maximumFractionDigits: 1 }).length + 1;
  if (typeof v === "string") return v.length;
  if (typeof v === "boolean") return 5;
  return v.error.length;
}

function autoWidths(grid: Grid): number[] {
  const widths: number[] = [];
  const mergedAcross = new Set<string>();
  for (const m of grid.merges) if (m.right > m.left) mergedAcross.add(`${m.top},${m.left}`);
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      // A heading merged across columns should not widen its first column.
      if (mergedAcross.has(`${r},${c}`)) return;
      widths[c] = Math.max(widths[c] ?? 0, shownLength(cell));
    }),
  );
  return Array.from(widths, (w) => Math.min(60, Math.max(9, (w ?? 0) + 2)));
}

export function gridsToWorkbook(grids: readonly Grid[], options: WriteOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = options.creator ?? "Rapportkoll";
  // Fixed dates keep regenerated files comparable.
  wb.created = new Date(Date.UTC(2020, 0, 1));
  wb.modified = wb.created;
  for (const grid of grids) {
    const style = options.styles?.[grid.name] ?? {};
    const ws = wb.addWorksheet(grid.name, {
      state: grid.visible === false ? "hidden" : "visible",
      views: style.frozenRows ? [{ state: "frozen", ySplit: style.frozenRows }] : undefined,
    });
    const bold = new Set(style.boldRows ?? []);
    grid.cells.forEach((row, r) => {
      if (!row) return;
      const xRow = ws.getRow(r + 1);
      row.forEach((cell, c) => {
        if (!cell) return;
        const x = xRow.getCell(c + 1);
        x.value = toExcelValue(cell);
        const fmt = cell.numberFormat ?? (typeof cell.value === "number" ? style.defaultNumberFormat : undefined);
        if (fmt) x.numFmt = fmt;
        if (cell.fill) x.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${cell.fill.toUpperCase()}` } };
        x.font = bold.has(r) ? BOLD_FONT : BASE_FONT;
      });
    });
    for (const r of grid.hiddenRows) ws.getRow(r + 1).hidden = true;
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const auto = autoWidths(grid);
    auto.forEach((w, c) => {
      ws.getColumn(c + 1).width = style.columnWidths?.[c] ?? w;
    });
  }
  return wb;
}

export async function writeGridsFile(grids: readonly Grid[], filePath: string, options: WriteOptions = {}): Promise<void> {
  await gridsToWorkbook(grids, options).xlsx.writeFile(filePath);
}

export async function writeGridsBuffer(grids: readonly Grid[], options: WriteOptions = {}): Promise<Buffer> {
  const data = await gridsToWorkbook(grids, options).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

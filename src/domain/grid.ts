/**
 * A worksheet as the engine sees it: a rectangle of cells read by an adapter
 * (Office.js in Excel, ExcelJS on the command line). Nothing here knows where
 * the grid came from, so every check runs the same in both places.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A) relative to
 * the sheet's A1, never to the used range: adapters pad so that addresses in
 * findings are the addresses the user sees.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds (for a formula: its cached result). */
export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  /** The value, or for a formula cell its last calculated result. */
  readonly value: CellValue;
  /** The formula without the leading `=`, in A1 notation, e.g. `SUM(B3:B10)`. */
  readonly formula?: string;
  /** Excel number format code, e.g. `#,##0` or `0.0%`. */
  readonly numberFormat?: string;
  /**
   * Solid fill colour as 6-digit uppercase RGB hex without `#` (e.g. `00B050`),
   * used where a status is only a colour. Absent for no fill.
   */
  readonly fill?: string;
}

/** A merged area, 0-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** Worksheet name exactly as in the workbook. */
  readonly name: string;
  /** Row-major; a missing row or cell is empty. Rows may have different lengths. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  /** 0-based indexes of hidden rows. */
  readonly hiddenRows: ReadonlyArray<number>;
  readonly merges: ReadonlyArray<MergedRange>;
  /** False for a hidden or very hidden sheet. Defaults to true. */
  readonly visible?: boolean;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.cells[row]?.[col];
}

export function rowCount(grid: Grid): number {
  return grid.cells.length;
}

export function colCount(grid: Grid): number {
  let max = 0;
  // Indexed: readers call this on every sheet, often before the optimiser has seen it.
  for (let i = 0; i < grid.cells.length; i++) {
    const r = grid.cells[i];
    if (r && r.length > max) max = r.length;
  }
  return max;
}

/** True when the cell has nothing a person would see. */
export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * The top-left cell of the merged area that covers (row, col), so that a
 * header merged across several columns is read for each of them.
 */
export function mergedOrigin(grid: Grid, row: number, col: number): { row: number; col: number } {
  for (const m of grid.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return { row: m.top, col: m.left };
  }
  return { row, col };
}

/** Value seen at (row, col), looking through merges. */
export function visibleValue(grid: Grid, row: number, col: number): CellValue {
  const o = mergedOrigin(grid, row, col);
  return cellAt(grid, o.row, o.col)?.value ?? null;
}

/** Plain cell description used by tests and fixtures: a value, or a value with a formula/format. */
export type CellInput = CellValue | undefined | Cell;

function isCellObject(x: CellInput): x is Cell {
  return typeof x === "object" && x !== null && "value" in x;
}

/**
 * Builds a grid from rows the way a person types them, e.g.
 * `gridFromRows("Drift", [["Verksamhet", "Bokslut"], ["HR-staben", 49159]])`.
 */
export function gridFromRows(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellInput>>,
  extra: { hiddenRows?: number[]; merges?: MergedRange[]; visible?: boolean } = {},
): Grid {
  return {
    name,
    cells: rows.map((r) => r.map((c) => (c === undefined ? undefined : isCellObject(c) ? c : { value: c }))),
    hiddenRows: extra.hiddenRows ?? [],
    merges: extra.merges ?? [],
    visible: extra.visible ?? true,
  };
}

import { Cell, CellValue, Grid, isCellError } from "../grid";

/**
 * Read access to a grid with merges resolved in O(1): `mergedOrigin` in grid.ts
 * scans every merge per call, which is quadratic on a sheet with many merges.
 */
export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly origin = new Map<number, number>();
  private readonly hidden: ReadonlySet<number>;
  readonly hasMerges: boolean;

  constructor(readonly grid: Grid) {
    this.rows = grid.cells.length;
    let cols = 0;
    for (let i = 0; i < grid.cells.length; i++) {
      const r = grid.cells[i];
      if (r && r.length > cols) cols = r.length;
    }
    for (const m of grid.merges) if (m.right + 1 > cols) cols = m.right + 1;
    this.cols = cols;
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.origin.set(this.key(r, c), this.key(m.top, m.left));
    }
    this.hidden = new Set(grid.hiddenRows);
    this.hasMerges = grid.merges.length > 0;
  }

  private key(r: number, c: number): number {
    return r * 20000 + c;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.grid.cells[row]?.[col];
  }

  /** The key of the cell whose value is seen at (row, col): merged areas show their top-left cell. */
  originKey(row: number, col: number): number {
    return this.origin.get(this.key(row, col)) ?? this.key(row, col);
  }

  visible(row: number, col: number): CellValue {
    if (!this.hasMerges) return this.grid.cells[row]?.[col]?.value ?? null;
    const k = this.origin.get(this.key(row, col));
    if (k === undefined) return this.cell(row, col)?.value ?? null;
    return this.cell(Math.floor(k / 20000), k % 20000)?.value ?? null;
  }

  /** The visible value as display text ("" for blank). */
  text(row: number, col: number): string {
    return valueText(this.visible(row, col));
  }

  isHidden(row: number): boolean {
    return this.hidden.size > 0 && this.hidden.has(row);
  }
}

const views = new WeakMap<Grid, SheetView>();

/** One view per grid: the reader and the checks share it instead of each indexing the merges again. */
export function sheetViewOf(grid: Grid): SheetView {
  let view = views.get(grid);
  if (!view) {
    view = new SheetView(grid);
    views.set(grid, view);
  }
  return view;
}

export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isCellError(v)) return v.error;
  return "";
}

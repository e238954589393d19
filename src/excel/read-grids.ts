import type { Cell, CellValue, Grid, MergedRange } from "../domain/grid";
import { fromA1 } from "../domain/a1";
import { OPTIONAL_API } from "./office-env";

/**
 * Reads every worksheet into the engine's grids in a fixed number of round
 * trips, whatever the number of sheets or rows:
 *
 *   sync 1  worksheet names and visibility (proxies per sheet need the list);
 *   sync 2  each sheet's used range (values only): position and size;
 *   sync 3  values, formulas, number formats and value types of every used
 *           range, hidden rows, merged areas and fills, all sheets at once.
 *
 * Only when sync 3 would pass Excel on the web's 5 MB request limit are the
 * used ranges cut into row chunks and packed into as few further syncs as the
 * budget allows (estimated from the cell count).
 */

export interface ReadOptions {
  supportsExcelApi(version: string): boolean;
  onProgress?: (done: number, total: number) => void;
  /** Bytes one sync may bring back; default stays under the 5 MB limit with margin. */
  budgetBytes?: number;
}

/** Excel on the web caps a request/response at 5 MB; keep a margin for JSON overhead. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;
/**
 * Estimated bytes per cell for values + formulas + numberFormat + valueTypes:
 * about a dozen bytes each as JSON for typical report cells (short labels,
 * 6-8 digit numbers, "General"/"#,##0", "Double").
 */
export const BYTES_PER_CELL = 48;
/** getCellProperties' fill colour: `{"format":{"fill":{"color":"#FFFFFF"}}}`. */
export const BYTES_PER_CELL_FILL = 40;
/** One hidden-row answer (getRowProperties item or a getRow proxy's rowHidden). */
export const BYTES_PER_ROW = 40;

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface Chunk {
  sheet: number;
  /** Rows relative to the used range. */
  firstRow: number;
  rowCount: number;
}

/**
 * Cuts used ranges into row chunks that each fit the budget and packs them,
 * in sheet order, into batches (one sync each) that fit the budget.
 */
export function planBatches(used: ReadonlyArray<UsedRange | undefined>, bytesPerCell: number, budgetBytes: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let currentBytes = 0;
  const push = (chunk: Chunk, bytes: number) => {
    if (current.length > 0 && currentBytes + bytes > budgetBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(chunk);
    currentBytes += bytes;
  };
  used.forEach((u, sheet) => {
    if (!u) return;
    const rowBytes = u.columnCount * bytesPerCell + BYTES_PER_ROW;
    const rowsPerChunk = Math.max(1, Math.floor(budgetBytes / rowBytes));
    for (let first = 0; first < u.rowCount; first += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, u.rowCount - first);
      push({ sheet, firstRow: first, rowCount: rows }, rows * rowBytes);
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Splits a RangeAreas address ("Blad1!A1:B2,'Drift, 2019'!C3") into local A1 ranges. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let part = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(part);
      part = "";
    } else part += ch;
  }
  out.push(part);
  return out
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

export function parseMerges(address: string | null | undefined): MergedRange[] {
  if (!address) return [];
  const merges: MergedRange[] = [];
  for (const a1 of splitAreas(address)) {
    const [s, e] = a1.split(":");
    const start = fromA1(s);
    const end = fromA1(e ?? s);
    if (start && end) merges.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return merges;
}

/** Excel reports "no fill" as white; a deliberate white fill carries no status either. */
function fillOf(color: string | undefined): string | undefined {
  if (!color || !/^#[0-9A-Fa-f]{6}$/.test(color)) return undefined;
  const hex = color.slice(1).toUpperCase();
  return hex === "FFFFFF" ? undefined : hex;
}

export function toCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown, fill?: string): Cell | undefined {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  if (valueType === "Empty" && f === undefined && !fill) return undefined;
  let v: CellValue;
  if (valueType === "Error") v = { error: String(value) };
  else if (valueType === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") v = value;
  else v = String(value);
  const cell: { value: CellValue; formula?: string; numberFormat?: string; fill?: string } = { value: v };
  if (f !== undefined) cell.formula = f;
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  if (fill) cell.fill = fill;
  return cell;
}

interface ChunkRead {
  chunk: Chunk;
  range: Excel.Range;
  hidden?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  hiddenRows?: Excel.Range[];
  fills?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export async function readGrids(context: Excel.RequestContext, options: ReadOptions): Promise<Grid[]> {
  const rowProps = options.supportsExcelApi(OPTIONAL_API.rowProperties);
  const cellProps = options.supportsExcelApi(OPTIONAL_API.cellProperties);
  const merges = options.supportsExcelApi(OPTIONAL_API.mergedAreas);

  // Sync 1: the sheet list.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const items = sheets.items;
  const total = items.length;

  // Sync 2: used ranges (values only, so formatted-but-empty margins cost nothing).
  const usedProxies = items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();
  const used: Array<UsedRange | undefined> = usedProxies.map((r) =>
    r.isNullObject ? undefined : { rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount },
  );

  // Sync 3 (and more only for huge workbooks): the contents.
  const bytesPerCell = BYTES_PER_CELL + (cellProps ? BYTES_PER_CELL_FILL : 0);
  const batches = planBatches(used, bytesPerCell, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  const rows: Array<Array<Array<Cell | undefined> | undefined>> = items.map(() => []);
  const hidden: number[][] = items.map(() => []);
  const mergeAreas: Array<Excel.RangeAreas | undefined> = items.map(() => undefined);
  const lastBatchOf = new Map<number, number>();
  batches.forEach((b, i) => b.forEach((c) => lastBatchOf.set(c.sheet, i)));
  let done = used.filter((u) => !u).length;
  if (done > 0) options.onProgress?.(done, total);

  const request = (batch: Chunk[], withMerges: boolean): ChunkRead[] =>
    batch.map((chunk) => {
      const u = used[chunk.sheet] as UsedRange;
      const ws = items[chunk.sheet];
      const range = ws.getRangeByIndexes(u.rowIndex + chunk.firstRow, u.columnIndex, chunk.rowCount, u.columnCount);
      range.load("values,formulas,numberFormat,valueTypes");
      const read: ChunkRead = { chunk, range };
      if (rowProps) read.hidden = range.getRowProperties({ rowHidden: true });
      else {
        // Before ExcelApi 1.9 there is no batched way: one rowHidden proxy per row, still in this sync.
        read.hiddenRows = [];
        for (let i = 0; i < chunk.rowCount; i++) read.hiddenRows.push(range.getRow(i).load("rowHidden"));
      }
      if (cellProps) read.fills = range.getCellProperties({ format: { fill: { color: true } } });
      if (chunk.firstRow === 0) mergeAreas[chunk.sheet] = undefined;
      if (withMerges && chunk.firstRow === 0) {
        const whole = ws.getRangeByIndexes(u.rowIndex, u.columnIndex, u.rowCount, u.columnCount);
        const areas = whole.getMergedAreasOrNullObject();
        areas.load("address");
        mergeAreas[chunk.sheet] = areas;
      }
      return read;
    });

  let withMerges = merges;
  // One batch for any ordinary workbook; more only when a read would pass Excel on the web's 5 MB request limit,
  // and then each batch must be its own request. The loop is the chunking, not a sync per sheet or row.
  for (let bi = 0; bi < batches.length; bi++) {
    let reads = request(batches[bi], withMerges);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, see above
      await context.sync();
    } catch (e) {
      // getMergedAreasOrNullObject fails outright past 512 merged areas; read on without merges rather than not at all.
      if (!withMerges) throw e;
      withMerges = false;
      reads = request(batches[bi], false);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the retry of this chunk without merges
      await context.sync();
    }

    for (const { chunk, range, hidden: hp, hiddenRows, fills } of reads) {
      const u = used[chunk.sheet] as UsedRange;
      const values = range.values;
      const formulas = range.formulas;
      const formats = range.numberFormat;
      const types = range.valueTypes;
      const fillRows = fills?.value;
      const sheetRows = rows[chunk.sheet];
      for (let i = 0; i < chunk.rowCount; i++) {
        const absRow = u.rowIndex + chunk.firstRow + i;
        const row: Array<Cell | undefined> = new Array<Cell | undefined>(u.columnIndex).fill(undefined);
        let any = false;
        for (let j = 0; j < u.columnCount; j++) {
          const cell = toCell(values[i][j], formulas[i][j], formats[i][j], types[i][j], fillOf(fillRows?.[i]?.[j]?.format?.fill?.color));
          if (cell) any = true;
          row.push(cell);
        }
        sheetRows[absRow] = any ? row : undefined;
        const isHidden = hp ? hp.value[i]?.rowHidden === true : hiddenRows?.[i].rowHidden === true;
        if (isHidden) hidden[chunk.sheet].push(absRow);
      }
      if (lastBatchOf.get(chunk.sheet) === bi && chunk.firstRow + chunk.rowCount >= u.rowCount) {
        done++;
        options.onProgress?.(done, total);
      }
    }
  }

  return items.map((ws, i) => {
    const u = used[i];
    const cells = rows[i];
    if (u) for (let r = 0; r < u.rowIndex + u.rowCount; r++) if (!(r in cells)) cells[r] = undefined;
    const areas = mergeAreas[i];
    return {
      name: ws.name,
      cells,
      hiddenRows: hidden[i],
      merges: areas && !areas.isNullObject ? parseMerges(areas.address) : [],
      visible: ws.visibility === "Visible",
    };
  });
}

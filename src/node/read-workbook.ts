import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { Cell, CellValue, Grid, MergedRange } from "../domain/grid";
import { paletteFromThemeXml, resolveColor, type ColorSpec, type ThemePalette } from "./fill-colors";

/**
 * Reads an .xlsx file with ExcelJS into the engine's grids, one per
 * worksheet in workbook order. ExcelJS never calculates: a formula cell's
 * value is the result Excel cached when the file was last saved.
 */

/** A file that cannot be read as a workbook, with messages fit for a person (no stack trace). */
export class WorkbookReadError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(sv);
    this.name = "WorkbookReadError";
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: the container of legacy .xls files and of encrypted (password protected) .xlsx files.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Classifies the bytes before ExcelJS sees them, so each kind of unreadable file gets its own message. */
export function sniffFormat(buf: Uint8Array): "xlsx" | "encrypted" | "xls" | "empty" | "other" {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, ZIP_SIGNATURE)) return "xlsx";
  if (startsWith(buf, CFB_SIGNATURE)) {
    // An encrypted OOXML package is a CFB file with an EncryptionInfo stream (its name is stored as UTF-16LE).
    const marker = Buffer.from("EncryptionInfo", "utf16le");
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(marker) !== -1 ? "encrypted" : "xls";
  }
  return "other";
}

/** Loads the workbook with ExcelJS; every failure becomes a WorkbookReadError. */
export async function loadWorkbook(buf: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  const name = path.basename(fileName);
  switch (sniffFormat(buf)) {
    case "empty":
      throw new WorkbookReadError(`Filen ${name} är tom.`, `The file ${name} is empty.`);
    case "encrypted":
      throw new WorkbookReadError(
        `Filen ${name} är lösenordsskyddad (krypterad) och kan inte läsas. Spara en kopia utan lösenord och kontrollera den.`,
        `The file ${name} is password protected (encrypted) and cannot be read. Save a copy without a password and check that.`,
      );
    case "xls":
      throw new WorkbookReadError(
        `Filen ${name} är i det äldre formatet .xls. Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
        `The file ${name} is in the old .xls format. Save it as an Excel workbook (.xlsx) and try again.`,
      );
    case "other":
      throw new WorkbookReadError(`Filen ${name} är inte en Excel-arbetsbok (.xlsx).`, `The file ${name} is not an Excel workbook (.xlsx).`);
    case "xlsx":
      break;
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings predate Node's generic Buffer; the runtime accepts any Buffer.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(
      `Filen ${name} är skadad eller ingen giltig Excel-arbetsbok (.xlsx) och kan inte läsas.`,
      `The file ${name} is damaged or not a valid Excel workbook (.xlsx) and cannot be read.`,
    );
  }
  return wb;
}

/** Reads a file from disk into grids. */
export async function readWorkbookFile(filePath: string): Promise<Grid[]> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const name = path.basename(filePath);
    if (code === "ENOENT") throw new WorkbookReadError(`Filen ${filePath} finns inte.`, `The file ${filePath} does not exist.`);
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookReadError(`Filen ${name} får inte läsas (behörighet saknas).`, `The file ${name} may not be read (permission denied).`);
    throw new WorkbookReadError(`Filen ${name} kan inte läsas (${code ?? "okänt fel"}).`, `The file ${name} cannot be read (${code ?? "unknown error"}).`);
  }
  return workbookToGrids(await loadWorkbook(buf, filePath));
}

export async function readWorkbookBuffer(buf: Buffer, fileName = "arbetsbok.xlsx"): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(buf, fileName));
}

/** Converts every worksheet, in workbook order. */
export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  const palette = workbookPalette(wb);
  const grids: Grid[] = [];
  wb.eachSheet((ws) => grids.push(worksheetToGrid(ws, palette)));
  return grids;
}

/** ExcelJS keeps the theme parts as raw XML in a private field ("not an exposed feature"); absent for a workbook built in memory. */
interface ThemeHolder {
  _themes?: Record<string, unknown>;
}

/** The colour scheme of the workbook's theme, else the Office default. */
export function workbookPalette(wb: ExcelJS.Workbook): ThemePalette {
  const themes = (wb as unknown as ThemeHolder)._themes ?? {};
  const xml = themes.theme1 ?? Object.values(themes)[0];
  return paletteFromThemeXml(typeof xml === "string" ? xml : undefined);
}

/** ExcelJS keeps merges in a private map keyed by the master cell; reading `ws.model` instead would rebuild the whole sheet model. */
interface MergeHolder {
  _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet, palette: ThemePalette = workbookPalette(ws.workbook)): Grid {
  const cells: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const out: (Cell | undefined)[] = [];
    // includeEmpty: an empty cell may still carry a fill that is a goal's status.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = convertCell(cell, palette);
      if (c) out[colNumber - 1] = c;
    });
    if (out.length > 0) cells[r] = out;
  });
  // Fill the holes so that the grid is a plain array (sparse arrays trip up `every` and `map` in callers).
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    if (row) for (let c = 0; c < row.length; c++) if (!(c in row)) row[c] = undefined;
  }
  const dense: ((Cell | undefined)[] | undefined)[] = Array.from({ length: cells.length }, (_, i) => cells[i]);

  const merges: MergedRange[] = Object.values((ws as unknown as MergeHolder)._merges ?? {}).map((m) => ({
    top: m.model.top - 1,
    left: m.model.left - 1,
    bottom: m.model.bottom - 1,
    right: m.model.right - 1,
  }));
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  return { name: ws.name, cells: dense, hiddenRows, merges, visible: ws.state === "visible" || ws.state === undefined };
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  // Excel dates carry no zone; ExcelJS returns them as UTC. Show the time only when there is one.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

type ExcelScalar = number | string | boolean | Date | { error: string } | null | undefined;

function convertScalar(v: ExcelScalar): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object" && "error" in v) return { error: String(v.error) };
  return null;
}

function convertValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return convertScalar(v);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("hyperlink" in v) {
    const text: unknown = (v as { text?: unknown }).text;
    // A hyperlink's text may itself be rich text.
    if (typeof text === "object" && text !== null && "richText" in text) return (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    return typeof text === "string" ? text : null;
  }
  if ("error" in v) return { error: String(v.error) };
  if ("formula" in v || "sharedFormula" in v) {
    // ExcelJS 4.4 drops a cached result of 0 from `value`; `cell.result` still has it.
    return convertScalar(cell.result as ExcelScalar);
  }
  return null;
}

/** A solid fill's colour as RGB, whether the file gives it as RGB, a theme colour (with tint) or a palette index. */
function fillRgb(cell: ExcelJS.Cell, palette: ThemePalette): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return resolveColor(fill.fgColor as ColorSpec | undefined, palette);
}

function convertCell(cell: ExcelJS.Cell, palette: ThemePalette): Cell | undefined {
  // The non-master cells of a merge repeat the master's value in ExcelJS; in Excel they are empty.
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const value = convertValue(cell);
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const numFmt = cell.numFmt;
  const fill = fillRgb(cell, palette);
  if (value === null && !formula && !fill) return undefined;
  const out: { value: CellValue; formula?: string; numberFormat?: string; fill?: string } = { value };
  if (formula) out.formula = formula.replace(/^=/, "");
  if (numFmt && numFmt !== "General") out.numberFormat = numFmt;
  if (fill) out.fill = fill;
  return out;
}

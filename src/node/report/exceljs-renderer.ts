import type ExcelJS from "exceljs";
import { mergeStyles } from "../../report/styles";
import type { ReportRenderer, ReportSpec, SpecCell, StyleDef, StyleName } from "../../report/spec";

type TableTheme = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

export interface ExcelJsRendererOptions {
  /**
   * Workbook the Cell links point into, as a path relative to the report
   * file (e.g. "kommunstyrelsen-2019.xlsx"). Absent: the checked sheets are
   * in the same workbook as the report (links use `#'Sheet'!A1`).
   */
  readonly linkWorkbook?: string;
}

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** Quotes a string for an Excel formula literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `HYPERLINK("#'Drift 2019'!B12","B12")`, or with `[file.xlsx]` in front of the sheet for another workbook. */
export function hyperlinkFormula(sheet: string, cell: string, linkWorkbook?: string): string {
  const ref = `'${sheet.replace(/'/g, "''")}'!${cell}`;
  const target = linkWorkbook ? `[${linkWorkbook}]${ref}` : `#${ref}`;
  return `HYPERLINK(${literal(target)},${literal(cell)})`;
}

function uniqueName(taken: (name: string) => boolean, base: string, sep: string): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base}${sep}${i}`;
    if (!taken(name)) return name;
  }
}

function effectiveStyle(spec: ReportSpec, c: SpecCell): StyleDef {
  const names: StyleName[] = [...(c.style ? [c.style] : []), ...(c.styles ?? [])];
  return mergeStyles(spec.styles, names);
}

function applyStyle(cell: ExcelJS.Cell, s: StyleDef, spec: ReportSpec): void {
  // The whole font object is written every time: ExcelJS replaces the font, so a bold without name and size falls back to a serif face.
  cell.font = {
    name: spec.font.name,
    size: s.size ?? spec.font.size,
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    ...(s.underline ? { underline: true } : {}),
    ...(s.color ? { color: { argb: argb(s.color) } } : {}),
  };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const border: Partial<ExcelJS.Borders> = {};
  if (s.borderTop) border.top = { style: s.borderTop, color: { argb: "FF7F7F7F" } };
  if (s.borderBottom) border.bottom = { style: s.borderBottom, color: { argb: "FF7F7F7F" } };
  if (border.top || border.bottom) cell.border = border;
  cell.alignment = { vertical: "top", ...(s.align ? { horizontal: s.align } : {}), ...(s.wrap ? { wrapText: true } : {}) };
}

const TABLE_THEMES = new Set<string>([
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
]);
const isTheme = (s: string): s is TableTheme => TABLE_THEMES.has(s);

/** Plain value of a spec cell for ExcelJS (a link becomes a formula with its address as cached result). */
function cellValue(c: SpecCell | null, linkWorkbook: string | undefined): ExcelJS.CellValue {
  if (!c) return null;
  if (c.link && typeof c.value === "string") return { formula: hyperlinkFormula(c.link.sheet, c.link.cell, linkWorkbook), result: c.value };
  return c.value;
}

/**
 * Print scale that fits the report's columns on a landscape A4 page. A fixed
 * scale rather than fit-to-width: LibreOffice measures the width with the
 * text that spills out of the last column and would shrink the page to a third.
 */
function printScale(spec: ReportSpec): number {
  // A4 landscape minus 0.4" margins ≈ 784 pt; a character of column width prints as about 7 pt in LibreOffice (measured).
  const widthPt = spec.columnWidths.reduce((a, w) => a + w * 7, 0);
  return Math.max(40, Math.min(100, Math.floor((784 / widthPt) * 100)));
}

/**
 * Writes a report spec into an ExcelJS workbook with real Excel features:
 * number formats, Excel tables for the flat lists, icon-set conditional
 * formats, HYPERLINK formulas (ExcelJS's own internal hyperlinks are written
 * as external relationships, which LibreOffice follows as files).
 */
export class ExcelJsReportRenderer implements ReportRenderer<ExcelJS.Workbook> {
  constructor(private readonly options: ExcelJsRendererOptions = {}) {}

  async render(spec: ReportSpec, workbook: ExcelJS.Workbook): Promise<{ sheetName: string }> {
    const sheetName = uniqueName((n) => workbook.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase()), spec.sheetName.slice(0, 31), " ");
    const ws = workbook.addWorksheet(sheetName, {
      views: [{ showGridLines: false }],
      pageSetup: {
        orientation: "landscape",
        paperSize: 9,
        scale: printScale(spec),
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
    });
    spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const tableNames = new Set(workbook.worksheets.flatMap((w) => w.getTables().map((t) => String((t as unknown as { name?: string }).name ?? ""))));
    let priority = 1;

    for (const block of spec.blocks) {
      if (block.table) {
        const t = block.table;
        const header = block.rows[t.range.top - block.top] ?? [];
        const name = uniqueName((n) => tableNames.has(n), t.name, "_");
        tableNames.add(name);
        const width = t.range.right - t.range.left + 1;
        ws.addTable({
          name,
          displayName: name,
          ref: ws.getCell(t.range.top + 1, t.range.left + 1).address,
          headerRow: true,
          style: { theme: isTheme(t.style) ? t.style : "TableStyleLight1", showRowStripes: true },
          columns: Array.from({ length: width }, (_, i) => ({ name: String(header[t.range.left + i]?.value ?? `Kolumn${i + 1}`), filterButton: true })),
          rows: block.rows
            .slice(t.range.top - block.top + 1, t.range.bottom - block.top + 1)
            .map((r) => Array.from({ length: width }, (_, i) => cellValue(r[t.range.left + i] ?? null, this.options.linkWorkbook))),
        });
      }
      block.rows.forEach((row, ri) => {
        row.forEach((c, ci) => {
          if (!c) return;
          const cell = ws.getCell(block.top + ri + 1, ci + 1);
          cell.value = cellValue(c, this.options.linkWorkbook);
          if (c.numberFormat) cell.numFmt = c.numberFormat;
          applyStyle(cell, effectiveStyle(spec, c), spec);
          if (c.note) cell.note = c.note;
        });
      });
      for (const m of block.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      block.rowHeights?.forEach((h, i) => {
        if (h !== null && h !== undefined) ws.getRow(block.top + i + 1).height = h;
      });
      for (const cf of block.conditionalFormats ?? []) {
        const ref = `${ws.getCell(cf.range.top + 1, cf.range.left + 1).address}:${ws.getCell(cf.range.bottom + 1, cf.range.right + 1).address}`;
        ws.addConditionalFormatting({
          ref,
          rules: [
            {
              type: "iconSet",
              priority: priority++,
              iconSet: cf.iconSet,
              showValue: !cf.showIconOnly,
              cfvo: [
                { type: "percent", value: 0 },
                { type: "num", value: cf.yellowAtLeast },
                { type: "num", value: cf.greenAtLeast },
              ],
            },
          ],
        });
      }
    }
    // The print area stops at the last column, so long messages that spill to the right do not shrink the printed page.
    const lastRow = Math.max(1, ...spec.blocks.map((b) => b.top + b.rows.length));
    // ExcelJS puts a "$" before each part only, so the row's "$" is written here: "A$1:J$196" becomes "$A$1:$J$196".
    const lastLetter = ws.getColumn(Math.max(1, spec.columnWidths.length)).letter;
    ws.pageSetup.printArea = `A$1:${lastLetter}$${lastRow}`;
    return { sheetName };
  }
}

import { columnLetters, rangeA1, sheetRef } from "../domain/a1";
import type { IconSetRule, ReportBlock, ReportRenderer, ReportSpec, SpecCell, StyleDef, StyleName } from "../report/spec";
import { workbookProtected } from "./errors";

/**
 * Writes a ReportSpec into a new sheet of the open workbook in three round
 * trips:
 *
 *   sync 1  sheet names and ids, the marker naming our earlier report sheet,
 *           table names, workbook protection;
 *   sync 2  a new sheet with everything written (values as one 2D array per
 *           block, number formats, styles, merges, widths, tables, icon sets,
 *           links); its id; the old report sheet's table names;
 *   sync 3  delete the old report sheet, give the new one (and its tables)
 *           their final names, record the marker, activate.
 *
 * The old sheet goes only once the new one is complete, so a failure leaves
 * the earlier report in place; the partial new sheet is then removed.
 * Our sheet is recognised by its id stored in a workbook setting, never by its
 * name: a user's own "Rapportkoll" sheet is left alone and we pick another name.
 */

export const REPORT_MARKER_KEY = "rapportkoll.reportSheet";

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Rapportkoll").slice(0, MAX_SHEET_NAME);
}

/** `base`, else "base (2)", "base (3)"… not in `taken` (case-insensitive, as Excel compares). */
export function pickName(base: string, taken: ReadonlySet<string>): string {
  const clean = cleanSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function uniqueTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Column width in characters → Office.js points (Excel's 8.43 characters = 64 px = 48 pt). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface MarkerValue {
  id: string;
  name: string;
}

function isMarker(v: unknown): v is MarkerValue {
  return typeof v === "object" && v !== null && typeof (v as MarkerValue).id === "string";
}

function cellValue(c: SpecCell | null): string | number | boolean {
  if (!c || c.value === null) return "";
  // A leading "=" would turn report text into a formula.
  if (typeof c.value === "string" && c.value.startsWith("=")) return `'${c.value}`;
  return c.value;
}

function styleOf(spec: ReportSpec, c: SpecCell): StyleDef | undefined {
  const names: StyleName[] = [...(c.style ? [c.style] : []), ...(c.styles ?? [])];
  if (names.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const n of names) Object.assign(out, spec.styles[n]);
  return out as StyleDef;
}

function applyStyle(range: Excel.Range, s: StyleDef, spec: ReportSpec): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined && s.size !== spec.font.size) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.underline) f.font.underline = "Single";
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.borderTop) {
    const b = f.borders.getItem("EdgeTop");
    b.style = "Continuous";
    b.weight = s.borderTop === "medium" ? "Medium" : "Thin";
  }
  if (s.borderBottom) {
    const b = f.borders.getItem("EdgeBottom");
    b.style = "Continuous";
    b.weight = s.borderBottom === "medium" ? "Medium" : "Thin";
  }
  if (s.align) f.horizontalAlignment = s.align === "left" ? "Left" : s.align === "center" ? "Center" : "Right";
  if (s.wrap) f.wrapText = true;
}

function writeIconSet(sheet: Excel.Worksheet, rule: IconSetRule): void {
  const { top, left, bottom, right } = rule.range;
  const cf = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).conditionalFormats.add("IconSet");
  cf.iconSet.style = "ThreeTrafficLights1";
  cf.iconSet.showIconOnly = rule.showIconOnly;
  // The first criterion is the implicit lower bound and must be left empty.
  cf.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    { type: "Number", operator: "GreaterThanOrEqual", formula: `=${rule.yellowAtLeast}` },
    { type: "Number", operator: "GreaterThanOrEqual", formula: `=${rule.greenAtLeast}` },
  ];
}

function writeBlock(sheet: Excel.Worksheet, spec: ReportSpec, block: ReportBlock, tableNames: Set<string>, renames: Map<string, string>): void {
  const height = block.rows.length;
  const width = Math.max(1, ...block.rows.map((r) => r.length));
  if (height > 0) {
    const range = sheet.getRangeByIndexes(block.top, 0, height, width);
    range.values = block.rows.map((r) => Array.from({ length: width }, (_, j) => cellValue(r[j] ?? null)));
    if (block.rows.some((r) => r.some((c) => c?.numberFormat))) {
      range.numberFormat = block.rows.map((r) => Array.from({ length: width }, (_, j) => r[j]?.numberFormat ?? "General"));
    }
    // One format call per horizontal run of equally styled cells.
    block.rows.forEach((r, i) => {
      let j = 0;
      while (j < r.length) {
        const c = r[j];
        const style = c ? styleOf(spec, c) : undefined;
        if (!style) {
          j++;
          continue;
        }
        const key = JSON.stringify(style);
        let end = j;
        while (end + 1 < r.length) {
          const next = r[end + 1];
          const ns = next ? styleOf(spec, next) : undefined;
          if (!ns || JSON.stringify(ns) !== key) break;
          end++;
        }
        applyStyle(sheet.getRangeByIndexes(block.top + i, j, 1, end - j + 1), style, spec);
        j = end + 1;
      }
      r.forEach((c, col) => {
        if (c?.link) {
          sheet.getRangeByIndexes(block.top + i, col, 1, 1).hyperlink = {
            documentReference: sheetRef(c.link.sheet, c.link.cell),
            textToDisplay: String(cellValue(c)),
          };
        }
      });
    });
  }
  block.rowHeights?.forEach((h, i) => {
    if (h !== null && h !== undefined) sheet.getRangeByIndexes(block.top + i, 0, 1, 1).format.rowHeight = h;
  });
  for (const m of block.merges ?? []) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  if (block.table) {
    const t = block.table;
    const table = sheet.tables.add(rangeA1(t.range.top, t.range.left, t.range.bottom, t.range.right), true);
    const name = uniqueTableName(t.name, tableNames);
    table.name = name;
    table.style = t.style;
    if (name !== t.name) renames.set(name, t.name);
  }
  for (const rule of block.conditionalFormats ?? []) writeIconSet(sheet, rule);
}

export class OfficeReportRenderer implements ReportRenderer<Excel.RequestContext> {
  async render(spec: ReportSpec, context: Excel.RequestContext): Promise<{ sheetName: string }> {
    const wb = context.workbook;

    // Sync 1.
    const sheets = wb.worksheets;
    sheets.load("items/name,items/id");
    const marker = wb.settings.getItemOrNullObject(REPORT_MARKER_KEY);
    marker.load("value");
    const tables = wb.tables;
    tables.load("items/name");
    wb.protection.load("protected");
    await context.sync();
    if (wb.protection.protected) throw workbookProtected();

    const markerValue = marker.isNullObject ? undefined : marker.value;
    const old = isMarker(markerValue) ? sheets.items.find((s) => s.id === markerValue.id) : undefined;
    const others = new Set(sheets.items.filter((s) => s !== old).map((s) => s.name.toLowerCase()));
    const finalName = pickName(spec.sheetName, others);
    const all = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    // While the old sheet still stands the new one needs a name of its own.
    const workName = all.has(finalName.toLowerCase()) ? pickName(`${finalName} ny`, all) : finalName;
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));

    // Sync 2.
    const renames = new Map<string, string>();
    const sheet = sheets.add(workName);
    let oldTables: Excel.TableCollection | undefined;
    try {
      const totalRows = Math.max(1, ...spec.blocks.map((b) => b.top + b.rows.length));
      const totalCols = Math.max(1, spec.columnWidths.length, ...spec.blocks.flatMap((b) => b.rows.map((r) => r.length)));
      const all = sheet.getRangeByIndexes(0, 0, totalRows, totalCols);
      all.format.font.name = spec.font.name;
      all.format.font.size = spec.font.size;
      spec.columnWidths.forEach((w, i) => {
        const col = columnLetters(i);
        sheet.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
      });
      for (const block of spec.blocks) writeBlock(sheet, spec, block, tableNames, renames);
      sheet.load("id");
      if (old) {
        oldTables = sheets.getItem(old.id).tables;
        oldTables.load("items/name");
      }
      await context.sync();
    } catch (e) {
      await removePartial(context, workName);
      throw e;
    }

    // Sync 3.
    if (old) sheets.getItem(old.id).delete();
    if (workName !== finalName) sheet.name = finalName;
    const freed = new Set((oldTables?.items ?? []).map((t) => t.name.toLowerCase()));
    for (const [temp, wanted] of renames) {
      if (freed.has(wanted.toLowerCase())) sheet.tables.getItem(temp).name = wanted;
    }
    wb.settings.add(REPORT_MARKER_KEY, { id: sheet.id, name: finalName });
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
    return { sheetName: finalName };
  }
}

/** Best effort: drop the half-written sheet so the workbook is as it was. */
async function removePartial(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!ws.isNullObject) {
      ws.delete();
      await context.sync();
    }
  } catch {
    // The original error is the one worth showing.
  }
}

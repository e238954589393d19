import { columnLetters, rangeA1 } from "../domain/a1";
import type { IconSetRule, ReportBlock, ReportRenderer, ReportSpec, SpecCell, StyleDef, StyleName } from "../report/spec";
import { workbookProtected } from "./errors";
import { BYTES_PER_CALL, DEFAULT_WRITE_BUDGET_BYTES, RequestBudget } from "./request-budget";

export { BYTES_PER_CALL, DEFAULT_WRITE_BUDGET_BYTES };

/**
 * Writes a ReportSpec into a new sheet of the open workbook in three round
 * trips for any report under the request budget:
 *
 *   sync 1  sheet names and ids, the marker naming our earlier report sheet,
 *           table names, workbook protection;
 *   sync 2  a new sheet with everything written (values as one 2D array per
 *           block, number formats, styles, merges, widths, tables, icon sets,
 *           links); its id; the old report sheet's table names. Only a report
 *           whose writes would pass one request's budget (Excel on the web
 *           refuses requests over 5 MB) is split over more syncs here;
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

/**
 * Excel reads a string written to `values` as if typed: "2017" becomes a
 * number, "5" a number, "1/2" a date, "=x" a formula, "(3)" −3, "#DIV/0!" an
 * error value (the report prints the workbook's error text as text). The spec says
 * these are text, so they go in behind an apostrophe (Excel's text prefix,
 * not part of the value).
 */
export function textForExcel(s: string): string {
  const typedAsSomethingElse = /^[=+\-@(#]/.test(s) || (/\d/.test(s) && /^[\s\u00A0\d.,:/%e€$kr+-]+$/i.test(s)) || /^(sant|falskt|true|false)$/i.test(s.trim());
  return typedAsSomethingElse ? `'${s}` : s;
}

/**
 * Consecutive rows of equal height, so that one call sets each run: wrapped
 * messages come in a few line counts, and a call per row would cost a request
 * of its own for a long Kontrollresultat.
 */
export function rowHeightRuns(heights: ReadonlyArray<number | null | undefined>): { first: number; count: number; height: number }[] {
  const runs: { first: number; count: number; height: number }[] = [];
  heights.forEach((h, i) => {
    if (h === null || h === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.height === h && last.first + last.count === i) last.count++;
    else runs.push({ first: i, count: 1, height: h });
  });
  return runs;
}

function cellValue(c: SpecCell | null): string | number | boolean {
  if (!c || c.value === null) return "";
  return typeof c.value === "string" ? textForExcel(c.value) : c.value;
}

/** Always quoted: a sheet named like a cell ("T2", "Q3") is a valid reference only in quotes. */
export function linkReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function styleOf(spec: ReportSpec, c: SpecCell): StyleDef | undefined {
  const names: StyleName[] = [...(c.style ? [c.style] : []), ...(c.styles ?? [])];
  if (names.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const n of names) Object.assign(out, spec.styles[n]);
  return out as StyleDef;
}

/** How many property writes `applyStyle` makes for a style (for the request estimate). */
function styleWrites(s: StyleDef, spec: ReportSpec): number {
  let n = 0;
  if (s.bold !== undefined) n++;
  if (s.italic !== undefined) n++;
  if (s.size !== undefined && s.size !== spec.font.size) n++;
  if (s.color) n++;
  if (s.underline) n++;
  if (s.fill) n++;
  if (s.borderTop) n += 2;
  if (s.borderBottom) n += 2;
  if (s.align) n++;
  if (s.wrap) n++;
  return n;
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

interface StyleRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  key: string;
  style: StyleDef;
}

/** Horizontal runs of equally styled cells in one row. */
function rowRuns(spec: ReportSpec, r: ReadonlyArray<SpecCell | null>, row: number): StyleRect[] {
  const runs: StyleRect[] = [];
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
    runs.push({ top: row, bottom: row, left: j, right: end, key, style });
    j = end + 1;
  }
  return runs;
}

/**
 * One format call per rectangle of equally styled cells: runs in consecutive
 * rows with the same columns and style merge, so a long flat list (thousands
 * of findings) costs a handful of calls per column instead of one per row.
 */
function styleRects(spec: ReportSpec, rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  rows.forEach((r, i) => {
    const next = new Map<string, StyleRect>();
    for (const run of rowRuns(spec, r, i)) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const prev = open.get(id);
      if (prev) {
        prev.bottom = i;
        next.set(id, prev);
      } else next.set(id, run);
    }
    for (const [id, rect] of open) if (!next.has(id)) done.push(rect);
    open = next;
  });
  return [...done, ...open.values()];
}

function blockWidth(block: ReportBlock): number {
  return Math.max(1, ...block.rows.map((r) => r.length));
}

/** Estimated request bytes of one row's values, number formats and links (styles are counted per slice). */
function rowBytes(r: ReadonlyArray<SpecCell | null>, width: number, withFormats: boolean): number {
  let bytes = JSON.stringify(Array.from({ length: width }, (_, j) => cellValue(r[j] ?? null))).length;
  if (withFormats) bytes += JSON.stringify(Array.from({ length: width }, (_, j) => r[j]?.numberFormat ?? "General")).length;
  for (const c of r) if (c?.link) bytes += BYTES_PER_CALL + 40 + c.link.sheet.length + c.link.cell.length + String(c.value ?? "").length;
  return bytes;
}

function stylesBytes(spec: ReportSpec, rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>): number {
  return styleRects(spec, rows).reduce((sum, rect) => sum + BYTES_PER_CALL * (1 + styleWrites(rect.style, spec)), 0);
}

/** Rows [from, to) of a block: values and number formats as one 2D array each, styles, links. */
function writeRows(sheet: Excel.Worksheet, spec: ReportSpec, block: ReportBlock, from: number, to: number, withFormats: boolean): void {
  const width = blockWidth(block);
  const rows = block.rows.slice(from, to);
  const top = block.top + from;
  const range = sheet.getRangeByIndexes(top, 0, rows.length, width);
  range.values = rows.map((r) => Array.from({ length: width }, (_, j) => cellValue(r[j] ?? null)));
  if (withFormats) range.numberFormat = rows.map((r) => Array.from({ length: width }, (_, j) => r[j]?.numberFormat ?? "General"));
  for (const rect of styleRects(spec, rows)) {
    applyStyle(sheet.getRangeByIndexes(top + rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1), rect.style, spec);
  }
  rows.forEach((r, i) =>
    r.forEach((c, col) => {
      if (c?.link) {
        sheet.getRangeByIndexes(top + i, col, 1, 1).hyperlink = {
          documentReference: linkReference(c.link.sheet, c.link.cell),
          textToDisplay: String(c.value ?? ""),
        };
      }
    }),
  );
}

async function writeBlock(sheet: Excel.Worksheet, spec: ReportSpec, block: ReportBlock, budget: RequestBudget, tables: TableNames): Promise<void> {
  const width = blockWidth(block);
  const withFormats = block.rows.some((r) => r.some((c) => c?.numberFormat));
  const costs = block.rows.map((r) => rowBytes(r, width, withFormats));
  // Slices that each fit one request; a block under the budget is one slice (one 2D array).
  for (let from = 0; from < block.rows.length;) {
    let to = from + 1;
    let bytes = BYTES_PER_CALL * 2 + costs[from];
    while (to < block.rows.length && bytes + costs[to] <= budget.budget) bytes += costs[to++];
    let total = bytes + stylesBytes(spec, block.rows.slice(from, to));
    while (total > budget.budget && to - from > 1) {
      // Shrink in proportion, a little more than needed, so a slice is rarely measured twice.
      to = from + Math.max(1, Math.floor(((to - from) * budget.budget * 0.95) / total));
      total = BYTES_PER_CALL * 2 + costs.slice(from, to).reduce((a, b) => a + b, 0) + stylesBytes(spec, block.rows.slice(from, to));
    }
    await budget.reserve(total);
    writeRows(sheet, spec, block, from, to, withFormats);
    from = to;
  }

  const heightRuns = rowHeightRuns(block.rowHeights ?? []);
  const tail = heightRuns.length + (block.merges?.length ?? 0) + (block.table ? 3 : 0) + 4 * (block.conditionalFormats?.length ?? 0);
  await budget.reserve(BYTES_PER_CALL * tail);
  for (const run of heightRuns) sheet.getRangeByIndexes(block.top + run.first, 0, run.count, 1).format.rowHeight = run.height;
  for (const m of block.merges ?? []) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  if (block.table) {
    const t = block.table;
    const table = sheet.tables.add(rangeA1(t.range.top, t.range.left, t.range.bottom, t.range.right), true);
    table.name = tables.provisional(t.name);
    table.style = t.style;
  }
  for (const rule of block.conditionalFormats ?? []) writeIconSet(sheet, rule);
}

/**
 * Table names are workbook-wide. While the old report sheet still stands its
 * tables hold our names, so the new tables get provisional ones; once the old
 * sheet is gone each takes the first free name from its base, so a name
 * clashing with a user's table stays the same from one insert to the next.
 */
class TableNames {
  private readonly taken: Set<string>;
  /** Provisional name → wanted base, in insertion order. */
  readonly added = new Map<string, string>();
  constructor(existing: readonly string[]) {
    this.taken = new Set(existing.map((n) => n.toLowerCase()));
  }
  provisional(base: string): string {
    const name = firstFree(base, this.taken);
    this.taken.add(name.toLowerCase());
    this.added.set(name, base);
    return name;
  }
  /** Final names once the tables in `freed` are deleted: provisional → final, only those that change. */
  finals(freed: readonly string[]): Map<string, string> {
    const gone = new Set(freed.map((n) => n.toLowerCase()));
    const ours = new Set([...this.added.keys()].map((n) => n.toLowerCase()));
    const held = new Set([...this.taken].filter((n) => !gone.has(n) && !ours.has(n)));
    const out = new Map<string, string>();
    for (const [temp, base] of this.added) {
      // Another of our tables may still hold the wanted name under its provisional name.
      const free = firstFree(base, new Set([...held, ...[...ours].filter((n) => n !== temp.toLowerCase())]));
      held.add(free.toLowerCase());
      if (free !== temp) out.set(temp, free);
    }
    return out;
  }
}

function firstFree(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

export class OfficeReportRenderer implements ReportRenderer<Excel.RequestContext> {
  constructor(private readonly options: { budgetBytes?: number } = {}) {}

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
    const tableNames = new TableNames(tables.items.map((t) => t.name));

    // Sync 2 (more only when the report passes one request's budget).
    const budget = new RequestBudget(context, this.options.budgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES);
    const sheet = sheets.add(workName);
    let oldTables: Excel.TableCollection | undefined;
    try {
      await budget.reserve(BYTES_PER_CALL * (3 + spec.columnWidths.length));
      const totalRows = Math.max(1, ...spec.blocks.map((b) => b.top + b.rows.length));
      const totalCols = Math.max(1, spec.columnWidths.length, ...spec.blocks.flatMap((b) => b.rows.map((r) => r.length)));
      const whole = sheet.getRangeByIndexes(0, 0, totalRows, totalCols);
      whole.format.font.name = spec.font.name;
      whole.format.font.size = spec.font.size;
      spec.columnWidths.forEach((w, i) => {
        const col = columnLetters(i);
        sheet.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
      });
      for (const block of spec.blocks) await writeBlock(sheet, spec, block, budget, tableNames);
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
    for (const [temp, wanted] of tableNames.finals((oldTables?.items ?? []).map((t) => t.name))) sheet.tables.getItem(temp).name = wanted;
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

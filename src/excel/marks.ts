import type { Finding } from "../domain/findings";
import { fromA1, rangeA1 } from "../domain/a1";
import { sheetProtected, tooManyMarks } from "./errors";
import { BYTES_PER_CALL, DEFAULT_WRITE_BUDGET_BYTES, RequestBudget } from "./request-budget";

/**
 * Shows flagged cells with conditional formats the add-in owns, so the
 * cells' own formatting is never touched. Each mark is a "Custom" rule whose
 * formula is always true and carries our name, which is how `clearMarks`
 * finds exactly our rules among the user's (ConditionalFormat ids and
 * getItem(id) need ExcelApi 1.14; this works from 1.6). A workbook setting
 * records which sheets hold marks, so clearing looks only there and the
 * setting goes too: afterwards the workbook is as it was.
 */

export const MARKS_KEY = "rapportkoll.marks";
/** Always TRUE; the text makes the rule ours. N() of text is 0 in every Excel locale. */
export const MARK_FORMULA = '=N("Rapportkoll")=0';
export const MARK_FILL = "#FFEB9C";
export const MARK_BORDER = "#C00000";

interface MarksRecord {
  sheets: Array<{ id: string; name: string; addresses: string[] }>;
}

function isRecord(v: unknown): v is MarksRecord {
  return typeof v === "object" && v !== null && Array.isArray((v as MarksRecord).sheets);
}

const A1_RANGE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/** The cells to mark per sheet: each finding's own cell (the one the user should look at). */
export function markTargets(findings: readonly Finding[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const f of findings) {
    const cell = f.cell.replace(/\$/g, "").toUpperCase();
    if (!A1_RANGE.test(cell)) continue; // sheet-level findings have no cell to mark
    const set = out.get(f.sheet) ?? new Set<string>();
    set.add(cell);
    out.set(f.sheet, set);
  }
  return new Map([...out].map(([sheet, cells]) => [sheet, [...cells]]));
}

const sameFormula = (a: string) => a.replace(/\s+/g, "").toUpperCase() === MARK_FORMULA.toUpperCase();

interface SheetInfo {
  ws: Excel.Worksheet;
  id: string;
  name: string;
  protected: boolean;
}

async function loadState(context: Excel.RequestContext): Promise<{ record?: MarksRecord; sheets: SheetInfo[] }> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY);
  setting.load("value");
  const ws = context.workbook.worksheets;
  ws.load("items/name,items/id,items/protection/protected");
  await context.sync();
  const value = setting.isNullObject ? undefined : setting.value;
  return {
    record: isRecord(value) ? value : undefined,
    sheets: ws.items.map((w) => ({
      ws: w,
      id: w.id,
      name: w.name,
      protected: w.protection.protected,
    })),
  };
}

/**
 * Removes our rules from the recorded sheets (three more syncs when there are
 * marks; the loads and deletes of many thousands of rules are packed under the
 * request budget like the writes).
 */
async function removeMarks(context: Excel.RequestContext, record: MarksRecord, sheets: SheetInfo[], budgetBytes = DEFAULT_WRITE_BUDGET_BYTES): Promise<void> {
  const targets = record.sheets.map((r) => sheets.find((s) => s.id === r.id)).filter((s): s is SheetInfo => s !== undefined);
  const locked = targets.find((s) => s.protected);
  if (locked) throw sheetProtected(locked.name);

  const collections = targets.map((s) => {
    const cfs = s.ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return cfs;
  });
  await context.sync();

  const loads = new RequestBudget(context, budgetBytes);
  const rules: Array<{ cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }> = [];
  for (const cfs of collections) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      await loads.reserve(BYTES_PER_CALL);
      const rule = cf.custom.rule;
      rule.load("formula");
      rules.push({ cf, rule });
    }
  }
  await context.sync();

  const deletes = new RequestBudget(context, budgetBytes);
  for (const { cf, rule } of rules) {
    if (!sameFormula(rule.formula)) continue;
    await deletes.reserve(BYTES_PER_CALL);
    cf.delete();
  }
  context.workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
  await context.sync();
}

export async function clearMarks(context: Excel.RequestContext, options: MarkOptions = {}): Promise<void> {
  const { record, sheets } = await loadState(context);
  if (record) await removeMarks(context, record, sheets, options.budgetBytes);
}

/** Options the port passes: the request budget, and whether Worksheet.getRanges/RangeAreas (ExcelApi 1.9) exist. */
export interface MarkOptions {
  budgetBytes?: number;
  multiArea?: boolean;
}

type Box = { top: number; left: number; bottom: number; right: number };

function parseArea(address: string): Box | undefined {
  const [a, b] = address.split(":");
  const s = fromA1(a);
  const e = b === undefined ? s : fromA1(b);
  if (!s || !e) return undefined;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/**
 * The sheet's marked cells as few rectangles: vertical runs per column, then
 * runs with the same rows in neighbouring columns joined. A conditional
 * format's fill and borders apply to each cell, so a rectangle looks the same
 * as its cells marked one by one, for one format instead of many.
 */
export function markAreas(addresses: readonly string[]): string[] {
  const boxes: Box[] = [];
  const cells = new Map<number, number[]>();
  for (const a of addresses) {
    const box = parseArea(a);
    if (!box) continue;
    if (box.top === box.bottom && box.left === box.right) cells.set(box.left, [...(cells.get(box.left) ?? []), box.top]);
    else boxes.push(box);
  }
  const runs: Box[] = [];
  for (const [col, rows] of cells) {
    const sorted = [...new Set(rows)].sort((x, y) => x - y);
    let top = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ top, bottom: sorted[i - 1], left: col, right: col });
      top = sorted[i];
    }
  }
  runs.sort((x, y) => x.top - y.top || x.bottom - y.bottom || x.left - y.left);
  const joined: Box[] = [];
  for (const r of runs) {
    const prev = joined[joined.length - 1];
    if (prev && prev.top === r.top && prev.bottom === r.bottom && prev.right + 1 === r.left) prev.right = r.right;
    else joined.push({ ...r });
  }
  return [...joined, ...boxes].sort((x, y) => x.top - y.top || x.left - y.left).map((b) => rangeA1(b.top, b.left, b.bottom, b.right));
}

/**
 * Areas per multi-area format. Excel documents no limit on a RangeAreas
 * address, so we stay modest: a format costs a dozen calls, a few more
 * formats cost nothing worth saving.
 */
export const MAX_AREAS_ADDRESS_CHARS = 2000;

/** The areas in groups whose comma-joined address stays under `maxChars` (one group per area without RangeAreas). */
export function groupAreas(areas: readonly string[], multiArea: boolean, maxChars = MAX_AREAS_ADDRESS_CHARS): string[] {
  if (!multiArea) return [...areas];
  const groups: string[] = [];
  let current = "";
  for (const a of areas) {
    if (current !== "" && current.length + 1 + a.length > maxChars) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** add, formula, fill, and style + colour per edge. */
const CALLS_PER_MARK = 3 + 2 * EDGES.length;

function addMark(ws: Excel.Worksheet, address: string, multiArea: boolean): void {
  const target = multiArea && address.includes(",") ? ws.getRanges(address) : ws.getRange(address);
  const cf = target.conditionalFormats.add("Custom");
  cf.custom.rule.formula = MARK_FORMULA;
  cf.custom.format.fill.color = MARK_FILL;
  for (const edge of EDGES) {
    const b = cf.custom.format.borders.getItem(edge);
    b.style = "Continuous";
    b.color = MARK_BORDER;
  }
}

const codeOf = (e: unknown): unknown => (typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined);

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], options: MarkOptions = {}): Promise<void> {
  let { record, sheets } = await loadState(context);
  const targets = markTargets(findings);
  const bySheet = [...targets].map(([name, addresses]) => ({
    info: sheets.find((s) => s.name === name),
    name,
    addresses,
  }));
  const locked = bySheet.find((t) => t.info?.protected);
  if (locked) throw sheetProtected(locked.name);

  if (record) {
    await removeMarks(context, record, sheets, options.budgetBytes);
    record = undefined;
  }
  const present = bySheet.filter((t): t is { info: SheetInfo; name: string; addresses: string[] } => t.info !== undefined);
  if (present.length === 0) return;

  const multiArea = options.multiArea ?? false;
  const budget = new RequestBudget(context, options.budgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES);
  try {
    // The record goes first so that a failure halfway still lets clearMarks find what was added.
    const next: MarksRecord = {
      sheets: present.map((t) => ({ id: t.info.id, name: t.name, addresses: t.addresses })),
    };
    await budget.reserve(BYTES_PER_CALL + JSON.stringify(next).length);
    context.workbook.settings.add(MARKS_KEY, next);
    for (const t of present) {
      for (const group of groupAreas(markAreas(t.addresses), multiArea)) {
        await budget.reserve(BYTES_PER_CALL * CALLS_PER_MARK + group.length);
        addMark(t.info.ws, group, multiArea);
      }
    }
    await context.sync();
  } catch (e) {
    try {
      const again = await loadState(context);
      if (again.record) await removeMarks(context, again.record, again.sheets, options.budgetBytes);
    } catch {
      // Report the first failure.
    }
    if (codeOf(e) === "RequestPayloadSizeLimitExceeded") throw tooManyMarks(present.reduce((n, t) => n + t.addresses.length, 0));
    throw e;
  }
}

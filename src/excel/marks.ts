import type { Finding } from "../domain/findings";
import { sheetProtected } from "./errors";

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
  const out = new Map<string, string[]>();
  for (const f of findings) {
    const cell = f.cell.replace(/\$/g, "").toUpperCase();
    if (!A1_RANGE.test(cell)) continue; // sheet-level findings have no cell to mark
    const list = out.get(f.sheet) ?? [];
    if (!list.includes(cell)) list.push(cell);
    out.set(f.sheet, list);
  }
  return out;
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
    sheets: ws.items.map((w) => ({ ws: w, id: w.id, name: w.name, protected: w.protection.protected })),
  };
}

/** Removes our rules from the recorded sheets (three more syncs when there are marks). */
async function removeMarks(context: Excel.RequestContext, record: MarksRecord, sheets: SheetInfo[]): Promise<void> {
  const targets = record.sheets.map((r) => sheets.find((s) => s.id === r.id)).filter((s): s is SheetInfo => s !== undefined);
  const locked = targets.find((s) => s.protected);
  if (locked) throw sheetProtected(locked.name);

  const collections = targets.map((s) => {
    const cfs = s.ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return cfs;
  });
  await context.sync();

  const rules: Array<{ cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }> = [];
  collections.forEach((cfs) =>
    cfs.items.forEach((cf) => {
      if (cf.type !== "Custom") return;
      const rule = cf.custom.rule;
      rule.load("formula");
      rules.push({ cf, rule });
    }),
  );
  await context.sync();

  for (const { cf, rule } of rules) if (sameFormula(rule.formula)) cf.delete();
  context.workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
  await context.sync();
}

export async function clearMarks(context: Excel.RequestContext): Promise<void> {
  const { record, sheets } = await loadState(context);
  if (record) await removeMarks(context, record, sheets);
}

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[]): Promise<void> {
  let { record, sheets } = await loadState(context);
  const targets = markTargets(findings);
  const bySheet = [...targets].map(([name, addresses]) => ({ info: sheets.find((s) => s.name === name), name, addresses }));
  const locked = bySheet.find((t) => t.info?.protected);
  if (locked) throw sheetProtected(locked.name);

  if (record) {
    await removeMarks(context, record, sheets);
    record = undefined;
  }
  const present = bySheet.filter((t): t is { info: SheetInfo; name: string; addresses: string[] } => t.info !== undefined);
  if (present.length === 0) return;

  // The record goes first so that a failure halfway still lets clearMarks find what was added.
  const next: MarksRecord = { sheets: present.map((t) => ({ id: t.info.id, name: t.name, addresses: t.addresses })) };
  context.workbook.settings.add(MARKS_KEY, next);
  for (const t of present) {
    for (const address of t.addresses) {
      const cf = t.info.ws.getRange(address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_FILL;
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
        const b = cf.custom.format.borders.getItem(edge);
        b.style = "Continuous";
        b.color = MARK_BORDER;
      }
    }
  }
  try {
    await context.sync();
  } catch (e) {
    try {
      const again = await loadState(context);
      if (again.record) await removeMarks(context, again.record, again.sheets);
    } catch {
      // Report the first failure.
    }
    throw e;
  }
}

import { z } from "zod";

/** How bad a finding is. `error` makes the CLI exit with 1. */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One problem found in the workbook. `cell` is where the user should look
 * (the sum cell of a wrong sum, the deviation cell of a wrong deviation…);
 * `related` lists the other cells involved (the rows a sum should cover, the
 * other table's cell), so the task pane can select them all.
 */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  /** Swedish message: the product's first language. */
  message: z.string(),
  /** The same message in English. */
  messageEn: z.string(),
  expected: z.number().optional(),
  actual: z.number().optional(),
  /** Other cells involved, as A1 ranges; a range on another sheet is written `'Sheet'!A1`. */
  related: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Sorts findings errors first, then by sheet order given, then row, then column. */
export function sortFindings(findings: Finding[], sheetOrder: string[] = []): Finding[] {
  // The keys are worked out once per finding, not once per comparison: a large sheet has thousands of findings.
  const sheetIdx = new Map<string, number>();
  for (let i = 0; i < sheetOrder.length; i++) if (!sheetIdx.has(sheetOrder[i])) sheetIdx.set(sheetOrder[i], i);
  const keys: SortKey[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const { row, col } = cellPosition(f.cell);
    keys[i] = { f, severity: SEVERITY_ORDER[f.severity], sheet: sheetIdx.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row, col };
  }
  keys.sort((a, b) => {
    const s = a.severity - b.severity;
    if (s !== 0) return s;
    // localeCompare is slow (and sets up ICU collation on first use): skip it for equal strings, where it gives 0.
    const sh = a.sheet - b.sheet || (a.f.sheet === b.f.sheet ? 0 : a.f.sheet.localeCompare(b.f.sheet));
    if (sh !== 0) return sh;
    return a.row - b.row || a.col - b.col || (a.f.rule === b.f.rule ? 0 : a.f.rule.localeCompare(b.f.rule));
  });
  const out: Finding[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i].f;
  return out;
}

interface SortKey {
  f: Finding;
  severity: number;
  sheet: number;
  row: number;
  col: number;
}

/** Row and column number of the address's leading `B12` (`B12:B14` → 12, 2); 0, 0 when it does not start with one. */
function cellPosition(a1: string): { row: number; col: number } {
  let i = 0;
  let col = 0;
  for (let c = a1.charCodeAt(i); c >= 65 && c <= 90; c = a1.charCodeAt(++i)) col = col * 26 + c - 64;
  const digits = i;
  let row = 0;
  for (let c = a1.charCodeAt(i); c >= 48 && c <= 57; c = a1.charCodeAt(++i)) row = row * 10 + c - 48;
  if (digits === 0 || i === digits) return { row: 0, col: 0 };
  // Beyond 2^53 the digit-by-digit sum drifts from what Number() reads.
  if (i - digits > 15) row = Number(a1.slice(digits, i));
  return { row, col };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

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
  const sheetIdx = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const pos = (a1: string) => {
    const m = /^([A-Z]+)(\d+)/.exec(a1);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]), col];
  };
  return [...findings].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s !== 0) return s;
    const sh = sheetIdx(a.sheet) - sheetIdx(b.sheet) || a.sheet.localeCompare(b.sheet);
    if (sh !== 0) return sh;
    const [ra, ca] = pos(a.cell);
    const [rb, cb] = pos(b.cell);
    return ra - rb || ca - cb || a.rule.localeCompare(b.rule);
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

import { sortFindings, type CheckResult } from "../domain";
import { headingBlock } from "./blocks/heading";
import { financialBlock } from "./blocks/financial";
import { goalsBlock } from "./blocks/goals";
import { indicatorsBlock } from "./blocks/indicators";
import { findingsBlock } from "./blocks/findings";
import { commentsBlock } from "./blocks/comments";
import { draftComments } from "./comments";
import { place, type DraftBlock } from "./draft";
import { Footnotes } from "./footnotes";
import { reportLabels } from "./labels";
import type { ReportBlock, ReportSpec } from "./spec";
import { REPORT_FONT, REPORT_STYLES } from "./styles";

export interface BuildReportOptions {
  /** File name of the checked workbook, shown in the heading. */
  readonly workbookName: string;
  /** ISO date (or date-time) of the check; passed in so the report is deterministic. */
  readonly date: string;
  readonly language: "sv" | "en";
}

/** Column A holds short texts (Målområde, Nr), B the long ones (Nämndmål, Indikator); amounts from C on. */
const WIDTH_A = 18;
const WIDTH_B = 42;
const WIDTH_VALUE = 15;
const MIN_COLUMNS = 8;

function lastColumn(d: DraftBlock): number {
  let last = 0;
  for (const r of d.rows) for (let c = r.length - 1; c > last; c--) if (r[c] !== null) last = c;
  for (const m of d.merges) last = Math.max(last, m.right);
  if (d.table) last = Math.max(last, d.table.range.right);
  return last;
}

/** Points per line of 10-point text, and a little air. */
const LINE_HEIGHT = 13;

/**
 * Sets the height of rows with wrapped text from an estimate of its lines:
 * LibreOffice and Excel do not grow rows written by a library, and never
 * grow merged cells, so without this long names overlap the next row.
 */
function fitWrappedRows(d: DraftBlock, widths: readonly number[]): void {
  d.rows.forEach((row, ri) => {
    let lines = 1;
    row.forEach((c, ci) => {
      if (!c || typeof c.value !== "string") return;
      const wrap = [c.style, ...(c.styles ?? [])].some((n) => n && REPORT_STYLES[n].wrap);
      if (!wrap) return;
      const m = d.merges.find((x) => x.top <= ri && x.bottom >= ri && x.left === ci);
      const width = widths.slice(ci, (m ? m.right : ci) + 1).reduce((a, b) => a + b, 0);
      // A 10-point Arial character is narrower than a unit of column width, but wrapping breaks at spaces; 0.95 balances the two (checked in LibreOffice).
      lines = Math.max(lines, Math.ceil((c.value.length * 0.95) / Math.max(1, width - 1)));
    });
    if (lines > 1 && d.rowHeights[ri] === undefined) d.rowHeights[ri] = lines * LINE_HEIGHT + 2;
  });
}

/**
 * The whole report for one checked workbook, on one sheet: heading,
 * financial tables, måluppfyllelse, indicators, check results and drafted
 * comments, each block below the previous with a blank row between. Pure
 * and deterministic: the same result, options and date give the same spec.
 */
export function buildReport(result: CheckResult, opts: BuildReportOptions): ReportSpec {
  const L = reportLabels(opts.language);
  const findings = sortFindings(
    result.findings,
    result.sheets.map((s) => s.name),
  );
  const notes = new Footnotes(findings);

  const drafts: DraftBlock[] = [headingBlock({ ...result, findings }, L, opts)];
  for (const t of result.tables) drafts.push(financialBlock(t, L, notes, result.tables));
  if (result.goals.length > 0) drafts.push(goalsBlock(result, L));
  if (result.goals.some((g) => g.indicators.length > 0)) drafts.push(indicatorsBlock(result, L));
  drafts.push(findingsBlock(findings, L, opts.language));

  const lastCol = Math.max(MIN_COLUMNS - 1, ...drafts.map(lastColumn));
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length + 2));
  const columnWidths = Array.from({ length: lastCol + 1 }, (_, c) =>
    c === 0 ? WIDTH_A : c === 1 ? WIDTH_B : c === 2 ? Math.min(30, Math.max(WIDTH_VALUE, ruleWidth)) : WIDTH_VALUE,
  );
  drafts.push(commentsBlock(draftComments(result, opts.language), L, lastCol));

  const blocks: ReportBlock[] = [];
  let top = 0;
  for (const d of drafts) {
    fitWrappedRows(d, columnWidths);
    blocks.push(place(d, top));
    top += d.rows.length + 1;
  }
  return {
    sheetName: L.sheetName,
    language: opts.language,
    columnWidths,
    blocks,
    styles: REPORT_STYLES,
    font: { name: REPORT_FONT.name, size: REPORT_FONT.size },
  };
}

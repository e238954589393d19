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

/**
 * The whole report for one checked workbook, on one sheet: heading,
 * financial tables, måluppfyllelse, indicators, check results and drafted
 * comments, each block below the previous with a blank row between. Pure
 * and deterministic: the same result, options and date give the same spec.
 */
export function buildReport(result: CheckResult, opts: BuildReportOptions): ReportSpec {
  const L = reportLabels(opts.language);
  const findings = sortFindings(result.findings, result.sheets.map((s) => s.name));
  const notes = new Footnotes(findings);

  const drafts: DraftBlock[] = [headingBlock({ ...result, findings }, L, opts)];
  for (const t of result.tables) drafts.push(financialBlock(t, L, notes));
  if (result.goals.length > 0) drafts.push(goalsBlock(result, L));
  if (result.goals.some((g) => g.indicators.length > 0)) drafts.push(indicatorsBlock(result, L));
  drafts.push(findingsBlock(findings, L, opts.language));

  const lastCol = Math.max(MIN_COLUMNS - 1, ...drafts.map(lastColumn));
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length + 2));
  const columnWidths = Array.from({ length: lastCol + 1 }, (_, c) => (c === 0 ? WIDTH_A : c === 1 ? WIDTH_B : c === 2 ? Math.min(30, Math.max(WIDTH_VALUE, ruleWidth)) : WIDTH_VALUE));
  const textWidth = columnWidths.slice(2).reduce((a, b) => a + b, 0);
  drafts.push(commentsBlock(draftComments(result, opts.language), L, lastCol, textWidth));

  const blocks: ReportBlock[] = [];
  let top = 0;
  for (const d of drafts) {
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

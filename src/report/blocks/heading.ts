import { countBySeverity, summarizeGoals, type CheckResult, type GoalStatus } from "../../domain";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";

export function goalStatusCounts(result: CheckResult): Record<GoalStatus, number> {
  const c: Record<GoalStatus, number> = { uppfyllt: 0, delvis: 0, "ej-uppfyllt": 0, "ej-bedomd": 0 };
  for (const g of result.goals) c[g.computed]++;
  return c;
}

/** Workbook name, date of the check, and the two summary lines. */
export function headingBlock(result: CheckResult, L: ReportLabels, opts: { workbookName: string; date: string }): DraftBlock {
  const d = draft("heading");
  addRow(d, [cell(L.title(opts.workbookName), "title")], 22);
  addRow(d, [cell(L.checked(opts.date.slice(0, 10), result.reportYear), "subtitle")]);
  addRow(d, [cell(L.findingsSummary(countBySeverity(result.findings)), "summary")]);
  if (result.goals.length > 0) {
    addRow(d, [cell(L.goalsSummary(result.goals.length, goalStatusCounts(result)), "summary", { note: L.goalsSummaryNote })]);
    // The nämnd's own assessment beside Rapportkoll's: the difference between the two lines is the point of the check.
    const stated = summarizeGoals(result.goals, "stated");
    if (stated.total > stated.missing) addRow(d, [cell(L.statedGoalsSummary(L.language === "sv" ? stated.sv : stated.en), "subtitle")]);
  }
  return d;
}

import type { CheckResult, Config, Grid } from "../domain";
import type { ReportSpec } from "../report/spec";
import type { Language } from "./i18n";

/**
 * The pure functions the pane runs, passed in so that the pane depends on
 * their contracts, not their modules (index.tsx hands in the real ones).
 */
export interface PaneServices {
  check(grids: readonly Grid[], config: Config): CheckResult;
  buildReport(result: CheckResult, options: { workbookName: string; date: string; language: Language }): ReportSpec;
  /** ISO date (YYYY-MM-DD) for the report heading. */
  today(): string;
}

export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

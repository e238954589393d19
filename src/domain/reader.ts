import { Config, SheetOverride } from "./config";
import { Grid } from "./grid";
import { FinancialTable, GoalResult, SheetKind } from "./model";
import { RuleFinding } from "./rule";

/**
 * A sheet reader recognises one family of layouts. The engine offers each
 * grid to the readers in order; the first that recognises it wins.
 * Findings a reader returns are reading problems (invalid-value, …) with
 * their rule id set.
 */
export interface ReaderFinding extends RuleFinding {
  rule: string;
}

export type ReadOutcome =
  | { recognized: false; /** Why not, Swedish, for layout-not-recognized when no reader takes the sheet. */ reason?: string; score?: number }
  | {
      recognized: true;
      kind: Exclude<SheetKind, "unknown">;
      tables?: FinancialTable[];
      /** Goals read from an indicator sheet, before stated statuses from other sheets are joined. */
      goals?: GoalResult[];
      /** Stated statuses from a goals sheet: goal name → status text and cell. */
      statedStatuses?: { goal: string; status: string; cell: string; fill?: string }[];
      findings: ReaderFinding[];
    };

export interface SheetReader {
  readonly name: string;
  read(grid: Grid, override: SheetOverride | undefined, config: Config): ReadOutcome;
}

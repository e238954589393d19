import { Config } from "./config";
import { Finding, Severity } from "./findings";
import { Grid } from "./grid";
import { FinancialTable, GoalResult } from "./model";

/** Everything a check may look at. Rules never change any of it. */
export interface RuleContext {
  readonly grids: ReadonlyMap<string, Grid>;
  readonly tables: readonly FinancialTable[];
  readonly goals: readonly GoalResult[];
  readonly config: Config;
}

/** A finding as a rule reports it; the engine adds the rule id and the configured severity. */
export type RuleFinding = Omit<Finding, "rule" | "severity"> & { severity?: Severity };

/**
 * One check, in the manner of an ESLint rule: a stable id, a default
 * severity, documentation in Swedish and English, and a pure function.
 * Adding a check = adding one module and listing it in `rules/index.ts`.
 */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly docs: { readonly sv: string; readonly en: string };
  check(ctx: RuleContext): RuleFinding[];
}

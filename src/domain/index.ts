/** The engine's public surface: what adapters, the report and the task pane may use. */
export * from "./grid";
export * from "./a1";
export * from "./findings";
export * from "./model";
export * from "./config";
export * from "./numbers";
export { checkWorkbook } from "./engine";
export { deviationFavourableSign } from "./financial/direction";
export { allRules, ruleDocs, readerRuleDocs } from "./rules";
export type { Rule, RuleContext, RuleFinding } from "./rule";
export { summarizeGoals } from "./goals/summary";
export { goalAgreement, type GoalAgreement } from "./goals/agreement";
export type { GoalSummary } from "./goals/summary";

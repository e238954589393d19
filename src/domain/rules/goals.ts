import { Rule } from "../rule";
import { goalUnmatched } from "./goal-unmatched";
import { statusConflict } from "./status-conflict";
import { targetNotMet } from "./target-not-met";

/** The checks of goals and indicators. Each lives in its own folder under rules/. */
export const goalRules: readonly Rule[] = [targetNotMet, statusConflict, goalUnmatched];

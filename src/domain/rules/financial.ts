import { Rule } from "../rule";
import { actionPlanRequired } from "./action-plan-required";
import { crossSheetMismatch } from "./cross-sheet-mismatch";
import { deviationMismatch } from "./deviation-mismatch";
import { formulaRangeGap } from "./formula-range-gap";
import { hardcodedTotal } from "./hardcoded-total";
import { netMismatch } from "./net-mismatch";
import { roundingDifference } from "./rounding-difference";
import { sumMismatch } from "./sum-mismatch";

/** The checks of financial tables. Each lives in its own folder under rules/. */
export const financialRules: readonly Rule[] = [
  sumMismatch,
  deviationMismatch,
  netMismatch,
  crossSheetMismatch,
  formulaRangeGap,
  hardcodedTotal,
  actionPlanRequired,
  roundingDifference,
];

import { Config } from "../config";
import { GoalResult } from "../model";

/** A status as stated in the workbook (a Bedömning column or a goals sheet). */
export interface StatedStatus {
  goal: string;
  /** The text as written, or empty when only the fill colour carries it. */
  status: string;
  /** A1 address on `sheet`. */
  cell: string;
  sheet: string;
  /** RGB hex of the cell's fill, when any. */
  fill?: string;
}

/**
 * Joins stated statuses from goals sheets to the goals read from indicator
 * sheets and computes each goal's status. PLACEHOLDER until the goals issue lands.
 */
export function finalizeGoals(goals: GoalResult[], _stated: StatedStatus[], _config: Config, _reportYear: number | null): GoalResult[] {
  return goals;
}

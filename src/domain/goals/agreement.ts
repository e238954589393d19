import { Finding } from "../findings";
import { GoalResult } from "../model";
import { splitRef } from "./describe";

export type GoalAgreement =
  /** The engine reports a status-conflict finding for the goal: the stated status is refuted. */
  | { kind: "conflict"; findings: Finding[] }
  /** Stated and computed differ, but the engine does not call it a conflict (e.g. delvis vs ej uppfyllt). */
  | { kind: "differs" }
  | { kind: "agrees" };

/**
 * Whether a goal's stated status holds, as the engine judged it. The CLI and
 * the task pane do not re-decide what a conflict is: they find the engine's
 * status-conflict finding at the cell where the status was read.
 */
export function goalAgreement(goal: GoalResult, findings: readonly Finding[]): GoalAgreement {
  const at = goal.statedCell ? splitRef(goal.statedCell, goal.statedSheet ?? goal.sheet) : undefined;
  const own = at ? findings.filter((f) => f.rule === "status-conflict" && f.sheet === (goal.statedSheet ?? at.sheet) && f.cell === at.cell) : [];
  if (own.length > 0) return { kind: "conflict", findings: own };
  if (goal.stated !== null && goal.computed !== "ej-bedomd" && goal.stated !== goal.computed) return { kind: "differs" };
  return { kind: "agrees" };
}

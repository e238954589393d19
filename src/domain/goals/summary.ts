import { GoalResult, GoalStatus } from "../model";

export interface GoalSummary {
  total: number;
  counts: Record<GoalStatus, number>;
  /** Goals with no stated status (only for the stated summary). */
  missing: number;
  /** "21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd" */
  sv: string;
  /** "21 goals: 11 met, 9 partly met, 1 not assessed" */
  en: string;
}

const ORDER: readonly GoalStatus[] = ["uppfyllt", "delvis", "ej-uppfyllt", "ej-bedomd"];
const SV: Record<GoalStatus, [string, string]> = {
  uppfyllt: ["uppfyllt", "uppfyllda"],
  delvis: ["delvis uppfyllt", "delvis uppfyllda"],
  "ej-uppfyllt": ["ej uppfyllt", "ej uppfyllda"],
  "ej-bedomd": ["ej bedömd", "ej bedömda"],
};
const EN: Record<GoalStatus, string> = { uppfyllt: "met", delvis: "partly met", "ej-uppfyllt": "not met", "ej-bedomd": "not assessed" };

/** Counts the goals by stated or computed status, worded like the report's own summary. */
export function summarizeGoals(goals: readonly GoalResult[], which: "stated" | "computed"): GoalSummary {
  const counts: Record<GoalStatus, number> = { uppfyllt: 0, delvis: 0, "ej-uppfyllt": 0, "ej-bedomd": 0 };
  let missing = 0;
  for (const g of goals) {
    const s = which === "stated" ? g.stated : g.computed;
    if (s === null) missing++;
    else counts[s]++;
  }
  const partsSv: string[] = [];
  const partsEn: string[] = [];
  for (const s of ORDER) {
    if (counts[s] === 0) continue;
    partsSv.push(`${counts[s]} ${SV[s][counts[s] === 1 ? 0 : 1]}`);
    partsEn.push(`${counts[s]} ${EN[s]}`);
  }
  if (missing > 0) {
    partsSv.push(`${missing} utan angiven bedömning`);
    partsEn.push(`${missing} without a stated assessment`);
  }
  const total = goals.length;
  const sv = `${total} nämndmål` + (partsSv.length ? `: ${partsSv.join(", ")}` : "");
  const en = `${total} ${total === 1 ? "goal" : "goals"}` + (partsEn.length ? `: ${partsEn.join(", ")}` : "");
  return { total, counts, missing, sv, en };
}

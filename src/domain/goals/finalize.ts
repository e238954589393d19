import { sheetRef } from "../a1";
import { Config } from "../config";
import { GoalResult } from "../model";
import { judgeGoal, judgeIndicator } from "./judge";
import { matchGoalNames } from "./names";
import { existingNote, joinNotes } from "./note";
import { parseStatedStatus } from "./status";

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
 * Judges every indicator on the report year, computes each goal's status,
 * and joins the statuses stated on goals sheets to the goals by a tolerant
 * name match. A stated goal that matches none is kept as a goal of its own
 * (`statedOnly`) so that a rule can report it instead of dropping it.
 */
export function finalizeGoals(goals: GoalResult[], stated: StatedStatus[], _config: Config, reportYear: number | null): GoalResult[] {
  const judged: GoalResult[] = goals.map((g) => {
    const indicators = g.indicators.map((i) => judgeIndicator(i, reportYear));
    const { computed, decisive } = judgeGoal(indicators);
    const out: GoalResult = { ...g, indicators, computed, decisive };
    if (indicators.length === 0) Object.assign(out, joinNotes([existingNote(g), { sv: "målet har inga indikatorer", en: "the goal has no indicators" }]));
    return out;
  });

  const match = matchGoalNames(
    stated.map((s) => s.goal),
    judged.map((g) => g.goal),
  );
  const statedOnly: GoalResult[] = [];
  stated.forEach((s, k) => {
    const reading = parseStatedStatus(s.status, s.fill);
    const j = match[k];
    if (j === -1) {
      statedOnly.push({
        goal: s.goal,
        sheet: s.sheet,
        cell: s.cell,
        stated: reading.status,
        statedCell: s.cell,
        statedSheet: s.sheet,
        statedRaw: s.status,
        computed: "ej-bedomd",
        indicators: [],
        decisive: [],
        statedOnly: true,
        note: "Nämndmålet finns bara i måluppföljningen, inte bland indikatorerna",
        noteEn: "The goal is only in the goals list, not among the indicators",
      });
      return;
    }
    const g = judged[j];
    // A Bedömning column beside the indicators is closer to them than a separate list; it wins.
    if (g.statedRaw !== undefined && g.stated !== null) return;
    g.stated = reading.status;
    g.statedRaw = s.status;
    g.statedSheet = s.sheet;
    g.statedCell = s.sheet === g.sheet ? s.cell : sheetRef(s.sheet, s.cell);
    if (g.goal !== s.goal) Object.assign(g, joinNotes([existingNote(g), { sv: `heter ”${s.goal}” i ${s.sheet}`, en: `named "${s.goal}" on ${s.sheet}` }]));
  });

  for (const g of judged) {
    if (g.stated === "delvis" && g.computed === "ej-uppfyllt") {
      // Not a conflict: the report's "delvis" means positive development, which may rest on work outside the indicators.
      Object.assign(
        g,
        joinNotes([
          existingNote(g),
          {
            sv: "angiven som delvis uppfyllt, men ingen indikator når målvärdet eller har förbättrats",
            en: "stated as partly met, but no indicator meets its target or has improved",
          },
        ]),
      );
    }
  }
  return [...judged, ...statedOnly];
}

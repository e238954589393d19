import { GoalResult, GoalStatus } from "../model";
import { summarizeGoals } from "./summary";

const goal = (stated: GoalStatus | null, computed: GoalStatus): GoalResult => ({ goal: "g", sheet: "s", cell: "A1", stated, computed, indicators: [] });

describe("summarizeGoals", () => {
  const cases: Array<[string, GoalResult[], "stated" | "computed", string, string]> = [
    [
      "the report's own wording",
      [...Array(11).fill(goal("uppfyllt", "delvis")), ...Array(9).fill(goal("delvis", "delvis")), goal("ej-bedomd", "ej-bedomd")],
      "stated",
      "21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd",
      "21 goals: 11 met, 9 partly met, 1 not assessed",
    ],
    [
      "singulars",
      [goal("uppfyllt", "uppfyllt"), goal("delvis", "ej-uppfyllt")],
      "computed",
      "2 nämndmål: 1 uppfyllt, 1 ej uppfyllt",
      "2 goals: 1 met, 1 not met",
    ],
    ["plural ej bedömda", [goal(null, "ej-bedomd"), goal(null, "ej-bedomd")], "computed", "2 nämndmål: 2 ej bedömda", "2 goals: 2 not assessed"],
    [
      "goals without a stated status",
      [goal(null, "uppfyllt"), goal("delvis", "uppfyllt")],
      "stated",
      "2 nämndmål: 1 delvis uppfyllt, 1 utan angiven bedömning",
      "2 goals: 1 partly met, 1 without a stated assessment",
    ],
    ["no goals", [], "computed", "0 nämndmål", "0 goals"],
  ];
  test.each(cases)("%s", (_n, goals, which, sv, en) => {
    const s = summarizeGoals(goals, which);
    expect(s.sv).toBe(sv);
    expect(s.en).toBe(en);
    expect(s.total).toBe(goals.length);
  });
});

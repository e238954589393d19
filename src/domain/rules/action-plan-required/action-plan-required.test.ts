import { driftGrid, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { actionPlanRequired } from ".";

type Case = { name: string; rows: CellInput[][]; cells: string[]; config?: object };

const cases: Case[] = [
  { name: "a surplus", rows: [["A", 40000, 45000, 5000]], cells: [] },
  { name: "a deficit over 1 % and over 1 000 tkr", rows: [["HR-staben", 49159, 44224, -4935]], cells: ["D3"] },
  { name: "over 1 000 tkr but under 1 %", rows: [["A", 201000, 200000, -1000.5]], cells: [] },
  { name: "over 1 % but under 1 000 tkr", rows: [["A", 10900, 10000, -900]], cells: [] },
  { name: "a budget of 0", rows: [["Leanlink", 25157, 0, -25157]], cells: ["D3"] },
  { name: "totals count too", rows: [["A", 6000, 4000, -2000], ["B", 1000, 1500, 500], ["Summa", 7000, 5500, -1500]], cells: ["D3", "D5"] },
  { name: "breakdown rows do not", rows: [["A", 100, 100, 0], ["varav kostnader", 9000, 5000, -4000]], cells: [] },
  { name: "thresholds from config", rows: [["HR-staben", 49159, 44224, -4935]], cells: [], config: { actionPlan: { amountTkr: 5000 } } },
];

describe("action-plan-required", () => {
  it.each(cases)("$name", ({ rows, cells, config }) => {
    expect(runRule(actionPlanRequired, [driftGrid(rows)], config).map((f) => f.cell)).toEqual(cells);
  });
  it("converts the amount threshold to mnkr", () => {
    const g = gridFromRows("T", [["Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse"], ["A", 50, 50.8, -0.8], ["B", 50, 51.2, -1.2]]);
    expect(runRule(actionPlanRequired, [g]).map((f) => f.cell)).toEqual(["D3"]);
  });
  it("words the message like the rule", () => {
    const [f] = runRule(actionPlanRequired, [driftGrid([["HR-staben", 49159, 44224, -4935]])]);
    expect(f.message.replace(/\u00A0/g, " ")).toMatch(/^HR-staben visar ett underskott på −4 935 tkr \(−11,2 % av budget\)\. Enligt ekonomistyrningsreglerna krävs en åtgärdsplan/);
  });
  it.each([
    { name: "a net row right under its heading takes the heading's name", rows: [["Leanlink"], ["Verksamhetens nettokostnader", 30000, 25000, -5000]], label: "Leanlink (Verksamhetens nettokostnader)" },
    { name: "a breakdown row between heading and net row does not break the link", rows: [["Leanlink"], ["varav kostnader", 100, 100, 0], ["Summa", 30000, 25000, -5000]], label: "Leanlink (Summa)" },
    { name: "a unit's own name stands alone", rows: [["Leanlink"], ["Enhet A", 30000, 25000, -5000]], label: "Enhet A" },
    { name: "a row between heading and sum ends the link", rows: [["Leanlink"], ["Enhet A", 100, 100, 0], ["Totalt", 30100, 25100, -5000]], label: "Totalt" },
    { name: "a heading of footnote marks only names nothing", rows: [["***"], ["Summa", 30000, 25000, -5000]], label: "Summa" },
    { name: "the unit after a comma is dropped", rows: [["Leanlink"], ["Summa, tkr", 30000, 25000, -5000]], label: "Leanlink (Summa)" },
    { name: "footnote marks are dropped", rows: [["Vård *"], ["Nettokostnad **", 30000, 25000, -5000]], label: "Vård (Nettokostnad)" },
  ])("names the row: $name", ({ rows, label }) => {
    const out = runRule(actionPlanRequired, [driftGrid(rows as CellInput[][])]);
    expect(out.map((f) => f.message.slice(0, f.message.indexOf(" visar")))).toEqual([label]);
  });
});

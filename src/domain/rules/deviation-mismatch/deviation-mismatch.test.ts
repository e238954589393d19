import { driftGrid, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { deviationMismatch } from ".";

type Case = { name: string; rows: CellInput[][]; header?: CellInput[]; cells: string[] };

const FORECAST_HEADER = ["Verksamhet", "Budget 2020", "Utfall jan–aug", "Prognos 2020", "Avvikelse"];

const valid: Case[] = [
  {
    name: "budget − actual on cost rows",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 18, -2],
      ["C", 5, 5, 0],
    ],
    cells: [],
  },
  {
    name: "income rows turn round (actual − budget)",
    rows: [
      ["A", 10, 12, 2],
      ["varav intäkter", 50, 40, 10],
    ],
    cells: [],
  },
  {
    name: "a blank deviation is not checked",
    rows: [
      ["A", 10, 12, null],
      ["B", 20, 18, -2],
    ],
    cells: [],
  },
  {
    name: "a memo row is not checked",
    rows: [
      ["A", 10, 12, 2],
      ["Budgetram enligt beslut i KF", null, 12, 99],
    ],
    cells: [],
  },
  {
    name: "1 tkr off is rounding",
    rows: [
      ["A", 10, 12, 3],
      ["B", 20, 18, -2],
      ["C", 5, 5, 0],
    ],
    cells: [],
  },
  {
    name: "a bare Avvikelse with actual and forecast: the numbers say forecast",
    header: FORECAST_HEADER,
    rows: [
      ["A", 100, 60, 110, -10],
      ["B", 50, 30, 45, 5],
      ["C", 20, 10, 20, 0],
    ],
    cells: [],
  },
];

const invalid: Case[] = [
  {
    name: "a sign error",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 18, -2],
      ["C", 5, 9, -4],
    ],
    cells: ["D5"],
  },
  {
    name: "a wrong figure",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 18, 7],
    ],
    cells: ["D4"],
  },
  {
    name: "the row that breaks the relation most rows follow",
    header: FORECAST_HEADER,
    rows: [
      ["A", 100, 60, 110, -10],
      ["B", 50, 30, 45, 5],
      ["C", 20, 10, 25, 10],
    ],
    cells: ["E5"],
  },
];

describe("deviation-mismatch", () => {
  it.each(valid)("valid: $name", ({ rows, header, cells }) => {
    expect(runRule(deviationMismatch, [driftGrid(rows, "Drift", header)]).map((f) => f.cell)).toEqual(cells);
  });
  it.each(invalid)("invalid: $name", ({ rows, header, cells }) => {
    expect(runRule(deviationMismatch, [driftGrid(rows, "Drift", header)]).map((f) => f.cell)).toEqual(cells);
  });
  it("investment tables: budget − (utgifter − inkomster), blank as 0", () => {
    const g = gridFromRows("Inv", [
      ["Investeringar", "Utgifter", "Inkomster", "Budget", "Avvikelse"],
      ["Skola", 100, null, 150, 50],
      ["Reserv *", "–", "–", 30, 30],
      ["Gata", 80, 20, 100, 40],
      ["Park", 80, 20, 100, 10],
    ]);
    const out = runRule(deviationMismatch, [g]);
    expect(out.map((f) => [f.cell, f.expected, f.actual])).toEqual([["E5", 40, 10]]);
  });
  it("says what it computed", () => {
    const [f] = runRule(deviationMismatch, [
      driftGrid([
        ["A", 10, 12, 2],
        ["B", 20, 18, 7],
      ]),
    ]);
    expect(f.message).toBe("Avvikelsen i D4 (B) är 7 tkr, men Budget 2019 − Bokslut 2019 ger −2 tkr.");
    expect(f.related).toEqual(["B4", "C4"]);
  });
});

import { driftGrid, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { sumMismatch } from ".";

type Case = { name: string; rows: CellInput[][]; cells: string[]; config?: object };

const valid: Case[] = [
  {
    name: "a sum that adds up",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 30, 32, 2],
    ],
    cells: [],
  },
  {
    name: "1 tkr off over two rows is rounding",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 31, 32, 1],
    ],
    cells: [],
  },
  {
    name: "blank column with no component values",
    rows: [
      ["A", 10, 12, null],
      ["B", 20, 20, null],
      ["Summa", 30, 32, 5],
    ],
    cells: [],
  },
  {
    name: "a section's net row alone under its heading",
    rows: [["A", 10, 12, 2], ["Summa", 10, 12, 2], ["Leanlink"], ["Verksamhetens nettokostnad", 99, 0, -99]],
    cells: [],
  },
  {
    name: "breakdown rows are no components",
    rows: [
      ["A", 10, 12, 2],
      ["Summa", 10, 12, 2],
      ["varav kostnader", 50, 50, 0],
      ["varav intäkter", 40, 38, 2],
    ],
    cells: [],
  },
];

const invalid: Case[] = [
  {
    name: "a sum 5 off",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 35, 32, 2],
    ],
    cells: ["B5"],
  },
  {
    name: "every wrong column",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Totalt", 35, 40, 2],
    ],
    cells: ["B5", "C5"],
  },
  {
    name: "tolerance configured to zero",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 31, 32, 1],
    ],
    cells: ["B5", "D5"],
    config: { rounding: { perRow: 0, minimum: 0 } },
  },
  {
    name: "a grand total that matches wrong sub-totals is checked against the leaves",
    rows: [
      ["A", 10, 12, 2],
      ["Summa X", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa Y", 0, 20, 0],
      ["Summa totalt", 10, 32, 2],
    ],
    cells: ["B6", "B7"],
  },
];

describe("sum-mismatch", () => {
  it.each(valid)("valid: $name", ({ rows, cells, config }) => {
    expect(runRule(sumMismatch, [driftGrid(rows)], config).map((f) => f.cell)).toEqual(cells);
  });
  it.each(invalid)("invalid: $name", ({ rows, cells, config }) => {
    expect(runRule(sumMismatch, [driftGrid(rows)], config).map((f) => f.cell)).toEqual(cells);
  });
  it("carries expected, actual and the component range", () => {
    const [f] = runRule(sumMismatch, [
      driftGrid([
        ["A", 10, 12, 2],
        ["B", 20, 20, 0],
        ["Summa", 35, 32, 2],
      ]),
    ]);
    expect(f).toMatchObject({ expected: 30, actual: 35, related: ["B3:B4"] });
    expect(f.message).toBe("Summan i B5 (Summa, Bokslut 2019) är 35 tkr, men raderna den summerar (B3:B4) ger 30 tkr: skillnad +5 tkr.");
  });
  it("counts hidden rows", () => {
    const g = gridFromRows(
      "Drift",
      [
        ["Verksamhet", "Bokslut 2019", "Budget 2019"],
        ["A", 10, 12],
        ["B", 20, 20],
        ["Summa", 10, 32],
      ],
      { hiddenRows: [2] },
    );
    expect(runRule(sumMismatch, [g]).map((f) => f.cell)).toEqual(["B4"]);
  });
});

import { driftGrid, runRule } from "../../financial/testing";
import { CellInput } from "../../grid";
import { roundingDifference } from ".";

type Case = { name: string; rows: CellInput[][]; cells: string[] };

const cases: Case[] = [
  {
    name: "exact arithmetic gives nothing",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 30, 32, 2],
    ],
    cells: [],
  },
  {
    name: "a sum 1 off",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 31, 32, 2],
    ],
    cells: ["B5", "D5"],
  },
  { name: "a deviation 1 off", rows: [["A", 10, 12, 3]], cells: ["D3"] },
  {
    name: "an error is not also a rounding difference",
    rows: [
      ["A", 10, 12, 2],
      ["B", 20, 20, 0],
      ["Summa", 40, 32, -8],
    ],
    cells: [],
  },
];

describe("rounding-difference", () => {
  it.each(cases)("$name", ({ rows, cells }) => {
    expect(
      runRule(roundingDifference, [driftGrid(rows)])
        .map((f) => f.cell)
        .sort(),
    ).toEqual(cells);
  });
});

import { driftGrid, runRule } from "../../financial/testing";
import { CellInput } from "../../grid";
import { netMismatch } from ".";

type Case = { name: string; rows: CellInput[][]; cells: string[] };

const cases: Case[] = [
  {
    name: "net = costs − income, deviation = sum of deviations",
    rows: [
      ["Verksamhetens nettokostnad", 100, 110, 10],
      ["varav kostnader", 300, 290, -10],
      ["varav intäkter", 200, 180, 20],
    ],
    cells: [],
  },
  {
    name: "1 tkr off is rounding, not an error",
    rows: [
      ["Verksamhetens nettokostnad", 101, 110, 9],
      ["varav kostnader", 300, 290, -10],
      ["varav intäkter", 200, 180, 20],
    ],
    cells: [],
  },
  {
    name: "a blank breakdown cell is not checked",
    rows: [
      ["Verksamhetens nettokostnad", 100, 110, 10],
      ["varav kostnader", 300, null, -10],
      ["varav intäkter", 200, 180, 20],
    ],
    cells: [],
  },
  {
    name: "costs as negative numbers: net = costs + income",
    rows: [
      ["Verksamhetens nettokostnad", -100, -110, 10],
      ["varav kostnader", -300, -290, -10],
      ["varav intäkter", 200, 180, 20],
    ],
    cells: [],
  },
  {
    name: "net off by 50",
    rows: [
      ["Verksamhetens nettokostnad", 150, 110, 10],
      ["varav kostnader", 300, 290, -10],
      ["varav intäkter", 200, 180, 20],
    ],
    cells: ["B3"],
  },
  {
    name: "deviation off",
    rows: [
      ["Verksamhetens nettokostnad", 100, 110, 10],
      ["varav kostnader", 300, 290, -10],
      ["varav intäkter", 200, 180, 25],
    ],
    cells: ["D3"],
  },
];

describe("net-mismatch", () => {
  it.each(cases)("$name", ({ rows, cells }) => {
    expect(runRule(netMismatch, [driftGrid(rows)]).map((f) => f.cell)).toEqual(cells);
  });
  it("names both breakdown cells", () => {
    const [f] = runRule(netMismatch, [
      driftGrid([
        ["Verksamhetens nettokostnad", 150, 110, 10],
        ["varav kostnader", 300, 290, -10],
        ["varav intäkter", 200, 180, 20],
      ]),
    ]);
    expect(f).toMatchObject({ expected: 100, actual: 150, related: ["B4", "B5"] });
  });
});

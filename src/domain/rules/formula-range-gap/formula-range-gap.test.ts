import { driftGrid, runRule } from "../../financial/testing";
import { Cell, CellInput } from "../../grid";
import { formulaRangeGap } from ".";

const f = (formula: string, value: number): Cell => ({ formula, value });
const units: CellInput[][] = [
  ["A", 10, 12, 2],
  ["B", 20, 20, 0],
  ["C", 5, 6, 1],
];

type Case = { name: string; sum: CellInput; cells: string[]; extra?: CellInput[][] };

const cases: Case[] = [
  { name: "SUM over exactly the section", sum: f("SUM(B3:B5)", 35), cells: [] },
  { name: "a plus chain over every row", sum: f("B3+B4+B5", 35), cells: [] },
  { name: "SUBTOTAL(9, …)", sum: f("SUBTOTAL(9,$B$3:$B$5)", 35), cells: [] },
  { name: "a typed number is not a formula", sum: 35, cells: [] },
  { name: "a formula it does not read (minus)", sum: f("B3+B4-B5", 25), cells: [] },
  { name: "a range that stops short", sum: f("SUM(B3:B4)", 30), cells: ["B6"] },
  { name: "a row added twice", sum: f("SUM(B3:B5)+B4", 55), cells: ["B6"] },
  {
    name: "a breakdown row inside the range",
    sum: f("SUM(B3:B5,B8)", 135),
    cells: ["B6"],
    extra: [
      ["Summa", 0],
      ["varav kostnader", 100, 100, 0],
    ],
  },
];

describe("formula-range-gap", () => {
  it.each(cases)("$name", ({ sum, cells, extra }) => {
    const rows: CellInput[][] = [...units, ["Summa", sum, 38, 3], ...(extra ?? [])];
    expect(runRule(formulaRangeGap, [driftGrid(rows)]).map((x) => x.cell)).toEqual(cells);
  });
  it("a grand total whose range also takes in the sub-total double counts", () => {
    const rows: CellInput[][] = [
      ...units,
      ["Summa X", f("SUM(B3:B5)", 35), 38, 3],
      ["D", 7, 7, 0],
      ["Summa Y", f("SUM(B7)", 7), 7, 0],
      ["Summa totalt", f("SUM(B3:B8)", 84), 45, 3],
    ];
    const out = runRule(formulaRangeGap, [driftGrid(rows)]);
    expect(out.map((x) => x.cell)).toEqual(["B9"]);
    expect(out[0].message).toContain("tar med rad 3 (A)");
  });
});

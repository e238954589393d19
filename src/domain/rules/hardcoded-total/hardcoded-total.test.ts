import { driftGrid, runRule } from "../../financial/testing";
import { Cell, CellInput } from "../../grid";
import { hardcodedTotal } from ".";

const f = (formula: string, value: number): Cell => ({ formula, value });
const units: CellInput[][] = [
  ["A", 10, 12, 2],
  ["B", 20, 20, 0],
];

const cases: { name: string; sum: CellInput[]; cells: string[] }[] = [
  { name: "all sums formulas", sum: ["Summa", f("SUM(B3:B4)", 30), f("SUM(C3:C4)", 32), f("SUM(D3:D4)", 2)], cells: [] },
  { name: "no formulas anywhere: typed tables are normal", sum: ["Summa", 30, 32, 2], cells: [] },
  { name: "one constant among formulas", sum: ["Summa", f("SUM(B3:B4)", 30), 32, f("SUM(D3:D4)", 2)], cells: ["C5"] },
];

describe("hardcoded-total", () => {
  it.each(cases)("$name", ({ sum, cells }) => {
    expect(runRule(hardcodedTotal, [driftGrid([...units, sum])]).map((x) => x.cell)).toEqual(cells);
  });
});

import { ConfigSchema } from "../config";
import { Cell, gridFromRows } from "../grid";
import { financialReader } from "./reader";
import { columnStep, rememberedSteps, StepTally } from "./precision";
import { sheetViewOf } from "./sheet-view";

const f1 = (value: number, numberFormat?: string): Cell => ({ value, numberFormat });

describe("StepTally", () => {
  it.each([
    { name: "whole numbers", cells: [f1(10), f1(-3)], step: 1 },
    { name: "decimals typed in", cells: [f1(1.5), f1(2.25)], step: 0.01 },
    { name: "the format wins over the values", cells: [f1(1.25, "#,##0.0"), f1(3, "#,##0.0")], step: 0.1 },
    { name: "the widest format of the column", cells: [f1(1, "#,##0"), f1(2, "0.00"), f1(3, "#,##0")], step: 0.01 },
    { name: "General says nothing", cells: [f1(1.5, "General")], step: 0.1 },
    { name: "formula results do not count", cells: [{ value: 1.2345, formula: "B3/7" }, f1(2)], step: 1 },
    { name: "no cells", cells: [], step: 1 },
  ])("$name", ({ cells, step }) => {
    const tally = new StepTally();
    for (const c of cells) tally.add(c);
    expect(tally.step).toBeCloseTo(step, 12);
  });
});

describe("rememberedSteps", () => {
  const grid = gridFromRows("Drift", [
    ["Driftsammandrag, mnkr"],
    ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
    ["A", f1(10.5, "#,##0.0"), 11.25, 0.75],
    ["B", f1(20, "#,##0.0"), 20, 0],
    ["Summa", f1(30.5, "#,##0.0"), 31.25, 0.75],
  ]);
  const config = ConfigSchema.parse({});
  const read = () => {
    const out = financialReader.read(grid, undefined, config);
    if (!out.recognized || !out.tables?.[0]) throw new Error("no table");
    return out.tables[0];
  };

  it("are the steps columnStep finds over the table's rows", () => {
    const table = read();
    const view = sheetViewOf(grid);
    const rows = table.rows.map((r) => r.row);
    expect(rememberedSteps(table, grid)).toEqual(table.columns.map((c) => columnStep(view, rows, c.col)));
    expect(rememberedSteps(table, grid)).toEqual([0.1, 0.01, 0.01]);
  });

  it("are forgotten for another grid or a table whose rows were replaced", () => {
    const table = read();
    expect(rememberedSteps(table, gridFromRows("Drift", []))).toBeUndefined();
    expect(rememberedSteps({ ...table, rows: table.rows.slice(1) }, grid)).toBeUndefined();
    table.rows.pop();
    expect(rememberedSteps(table, grid)).toBeUndefined();
  });
});

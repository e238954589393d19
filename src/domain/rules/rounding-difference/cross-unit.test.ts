import { runRule } from "../../financial/testing";
import { Cell, CellInput, gridFromRows } from "../../grid";
import { crossSheetMismatch } from "../cross-sheet-mismatch";
import { roundingDifference } from ".";

/** A summary in mnkr with one decimal against a driftsammandrag in whole tkr (the reviewer's mixunit.xlsx). */
const mnkr = (v: number): Cell => ({ value: v, numberFormat: "#,##0.0" });
const summary = (net: number, costs: number, income: number) =>
  gridFromRows("Sammanfattning", [
    ["Ekonomi, mnkr"],
    ["", "Bokslut 2023", "Budget 2023", "Avvikelse"],
    ["Verksamhetens nettokostnader", mnkr(net), mnkr(482.6), mnkr(20.5)],
    ["varav kostnader", mnkr(costs), mnkr(562.2), mnkr(-22.8)],
    ["varav intäkter", mnkr(income), mnkr(79.6), mnkr(43.3)],
  ]);
const drift = gridFromRows("Driftsammandrag", [
  ["Driftsammandrag, netto tkr"],
  ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"],
  ["Stab A", 262113, 282576, 20463],
  ["Stab B", 200000, 200000, 0],
  ["Summa nettokostnader", 462113, 482576, 20463],
  ["varav kostnader", 585007, 562220, -22787],
  ["varav intäkter", 122894, 79644, 43250],
] as CellInput[][]);

describe("cross-sheet comparison between mnkr and tkr", () => {
  it.each([
    {
      name: "every mnkr figure is the tkr figure rounded: nothing",
      sheet: summary(462.1, 585.0, 122.9),
      notes: [],
      errors: [],
    },
    {
      name: "0,1 mnkr off (one step) is a rounding difference",
      sheet: summary(462.2, 585.0, 122.9),
      notes: ["B3"],
      errors: [],
    },
    {
      name: "2,9 mnkr off is an error",
      sheet: summary(462.1, 582.1, 122.9),
      notes: [],
      errors: ["B4"],
    },
  ])("$name", ({ sheet, notes, errors }) => {
    const cross = (f: { message: string }) => /Driftsammandrag'!/.test(f.message);
    expect(
      runRule(roundingDifference, [sheet, drift])
        .filter(cross)
        .map((f) => f.cell),
    ).toEqual(notes);
    expect(runRule(crossSheetMismatch, [sheet, drift]).map((f) => f.cell)).toEqual(errors);
  });
});

import { runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { crossSheetMismatch } from ".";

const summary = (net: number, costs: number, income: number, inv: number) =>
  gridFromRows("Sammanfattning", [
    ["Ekonomi, belopp tkr", "Bokslut 2019", "Budget 2019", "Avvikelse"],
    ["Verksamhetens nettokostnader", net, 500, 500 - net],
    ["varav kostnader", costs, 800, 800 - costs],
    ["varav intäkter", income, 300, income - 300],
    ["Investeringar, netto", inv, 200, 200 - inv],
  ]);

const drift = (rows: CellInput[][] = []) =>
  gridFromRows("Drift", [
    ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
    ["Stab A", 250, 300, 50],
    ["Stab B", 200, 200, 0],
    ["Förvaltningen nettokostnader", 450, 500, 50],
    ["varav kostnader", 750, 800, 50],
    ["varav intäkter", 300, 300, 0],
    ...rows,
  ]);

const inv = gridFromRows("Investeringar", [
  ["Investeringar", "Utgifter", "Inkomster", "Budget", "Avvikelse"],
  ["Skola", 150, 10, 150, 10],
  ["Gata", 50, null, 50, 0],
  ["Summa investeringar", 200, 10, 200, 10],
]);

type Case = { name: string; grids: ReturnType<typeof gridFromRows>[]; cells: string[] };

const cases: Case[] = [
  { name: "all agree", grids: [summary(450, 750, 300, 190), drift(), inv], cells: [] },
  { name: "varav kostnader differs (Bokslut and Avvikelse)", grids: [summary(450, 760, 300, 190), drift(), inv], cells: ["B3", "D3"] },
  { name: "investment net against utgifter − inkomster", grids: [summary(450, 750, 300, 200), drift(), inv], cells: ["B5", "D5"] },
  {
    name: "matches the section whose budget agrees, not a later one",
    grids: [
      summary(450, 750, 300, 190),
      drift([["Leanlink"], ["Verksamhetens nettokostnader", 99, 0, -99], ["varav kostnader", 199, 100, -99], ["varav intäkter", 100, 100, 0]]),
      inv,
    ],
    cells: [],
  },
  { name: "no other table: nothing to compare", grids: [summary(450, 750, 300, 190)], cells: [] },
];

describe("cross-sheet-mismatch", () => {
  it.each(cases)("$name", ({ grids, cells }) => {
    expect(runRule(crossSheetMismatch, grids).map((f) => f.cell)).toEqual(cells);
  });
  it("points at the other sheet's cell", () => {
    const [f] = runRule(crossSheetMismatch, [summary(450, 760, 300, 190), drift(), inv]);
    expect(f).toMatchObject({ sheet: "Sammanfattning", expected: 750, actual: 760, related: ["'Drift'!B5"] });
    expect(f.message).toContain("'Drift'!B5");
  });
});

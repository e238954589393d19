import { driftGrid, runRule } from "../../financial/testing";
import { Cell, CellInput, gridFromRows } from "../../grid";
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

describe("formula-range-gap says what is wrong with the range", () => {
  // The reviewer's formulas.xlsx: a range that skips a hidden row, a row added twice, a grand total over items and sub-totals, a formula in the wrong column.
  const sections = (): CellInput[][] => [
    ["Driftsammandrag, netto tkr"],
    ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"],
    ["Utbildning"],
    ["Grundskola", 500, 520, 20],
    ["Gymnasium", 300, 290, -10],
    ["Vuxenutbildning", 100, 110, 10],
    ["Summa utbildning", f("SUM(B4:B5)", 800), f("SUM(C4:C5)", 810), f("SUM(D4:D5)", 10)],
    ["Omsorg"],
    ["Hemtjänst", 400, 400, 0],
    ["Särskilt boende", 700, 650, -50],
    ["Summa omsorg", f("B9+B10+B10", 1800), f("C9+C10+C10", 1700), f("SUM(D9:D10)", -50)],
    ["Totalt", f("SUM(B4:B11)", 5300), f("B7+B11", 0), f("D7+D11", -40)],
  ];
  const found = () => runRule(formulaRangeGap, [gridFromRows("Driftsammandrag", sections(), { hiddenRows: [5] })]);
  const byCell = (cell: string) => found().find((x) => x.cell === cell);

  it.each([
    {
      cell: "B7",
      sv: "utelämnar rad 6 (Vuxenutbildning, dold rad)",
      en: "leaves out row 6 (Vuxenutbildning, hidden row)",
    },
    {
      cell: "B11",
      sv: "räknar rad 10 (Särskilt boende) två gånger",
      en: "adds row 10 (Särskilt boende) twice",
    },
    {
      cell: "B12",
      sv: "tar med rad 4 (Grundskola), 5 (Gymnasium), 6 (Vuxenutbildning, dold rad), 9 (Hemtjänst), 10 (Särskilt boende) och delsummorna på rad 7 (Summa utbildning), 11 (Summa omsorg) som redan summerar dem: de räknas två gånger",
      en: "and the sub-totals in row 7 (Summa utbildning), 11 (Summa omsorg) that already add them up: they are counted twice",
    },
    {
      cell: "C12",
      sv: "summerar kolumn B men står i kolumn C: fel kolumn",
      en: "adds column B but stands in column C",
    },
  ])("$cell: $sv", ({ cell, sv, en }) => {
    const x = byCell(cell);
    expect(x?.message).toContain(sv);
    expect(x?.messageEn).toContain(en);
    expect(x?.message).not.toContain("annat avsnitt");
  });

  it("flags every wrong formula and no other", () => {
    expect(found().map((x) => x.cell)).toEqual(["B7", "C7", "D7", "B11", "C11", "B12", "C12"]);
  });

  it("hard.xlsx: a grand total in column C adding column B, and a SUBTOTAL over a SUM sub-total", () => {
    const rows: CellInput[][] = [
      ["Driftsammandrag, netto tkr"],
      ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"],
      ["Område A"],
      ["Enhet 1", 100, 120, f("C4-B4", 20)],
      ["Enhet 2", 200, 180, f("C5-B5", -20)],
      ["Summa område A", f("SUBTOTAL(9,B4:B5)", 300), f("SUBTOTAL(9,C4:C5)", 300), 0],
      ["Område B"],
      ["Enhet 3", 50, 60, f("C8-B8", 10)],
      ["Enhet 4", 70, 65, f("C9-B9", -5)],
      ["Summa område B", f("SUM(B8:B9)", 120), f("SUM(C8:C9)", 125), f("SUM(D8:D9)", 5)],
      ["Totalt", f("SUBTOTAL(9,B4:B10)", 420), f("B6+B10", 420), f("SUM(D6,D10)", 5)],
    ];
    const out = runRule(formulaRangeGap, [gridFromRows("Drift", rows)]);
    expect(out.map((x) => x.cell)).toEqual(["B11", "C11"]);
    expect(out[0].message).toContain("tar med rad 8 (Enhet 3), 9 (Enhet 4) och delsumman på rad 10 (Summa område B) som redan summerar dem");
    expect(out[1].message).toBe("Formeln i C11 (Totalt: =B6+B10) summerar kolumn B men står i kolumn C: fel kolumn.");
  });
});

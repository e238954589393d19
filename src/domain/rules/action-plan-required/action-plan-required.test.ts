import { driftGrid, readTables, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { actionPlanRequired } from ".";
import { resultStatementGrid } from "../../../fixtures/layouts";

type Case = { name: string; rows: CellInput[][]; cells: string[]; config?: object };

const cases: Case[] = [
  { name: "a surplus", rows: [["A", 40000, 45000, 5000]], cells: [] },
  { name: "a deficit over 1 % and over 1 000 tkr", rows: [["HR-staben", 49159, 44224, -4935]], cells: ["D3"] },
  { name: "over 1 000 tkr but under 1 %", rows: [["A", 201000, 200000, -1000.5]], cells: [] },
  { name: "over 1 % but under 1 000 tkr", rows: [["A", 10900, 10000, -900]], cells: [] },
  { name: "a budget of 0", rows: [["Leanlink", 25157, 0, -25157]], cells: ["D3"] },
  {
    name: "totals count too",
    rows: [
      ["A", 6000, 4000, -2000],
      ["B", 1000, 1500, 500],
      ["Summa", 7000, 5500, -1500],
    ],
    cells: ["D3", "D5"],
  },
  {
    name: "breakdown rows do not",
    rows: [
      ["A", 100, 100, 0],
      ["varav kostnader", 9000, 5000, -4000],
    ],
    cells: [],
  },
  { name: "thresholds from config", rows: [["HR-staben", 49159, 44224, -4935]], cells: [], config: { actionPlan: { amountTkr: 5000 } } },
];

describe("action-plan-required", () => {
  it.each(cases)("$name", ({ rows, cells, config }) => {
    expect(runRule(actionPlanRequired, [driftGrid(rows)], config).map((f) => f.cell)).toEqual(cells);
  });
  it("converts the amount threshold to mnkr", () => {
    const g = gridFromRows("T", [
      ["Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse"],
      ["A", 50, 50.8, -0.8],
      ["B", 50, 51.2, -1.2],
    ]);
    expect(runRule(actionPlanRequired, [g]).map((f) => f.cell)).toEqual(["D3"]);
  });
  it("words the message like the rule", () => {
    const [f] = runRule(actionPlanRequired, [driftGrid([["HR-staben", 49159, 44224, -4935]])]);
    expect(f.message.replace(/\u00A0/g, " ")).toMatch(
      /^HR-staben visar ett underskott på −4 935 tkr \(−11,2 % av budget\)\. Enligt ekonomistyrningsreglerna krävs en åtgärdsplan/,
    );
  });
  it("carries the deviation as actual and no meaningless expected", () => {
    const [f] = runRule(actionPlanRequired, [driftGrid([["HR-staben", 49159, 44224, -4935]])]);
    expect(f.actual).toBe(-4935);
    expect("expected" in f).toBe(false);
  });
  it.each([
    {
      name: "a net row right under its heading takes the heading's name",
      rows: [["Leanlink"], ["Verksamhetens nettokostnader", 30000, 25000, -5000]],
      label: "Leanlink (Verksamhetens nettokostnader)",
    },
    {
      name: "a breakdown row between heading and net row does not break the link",
      rows: [["Leanlink"], ["varav kostnader", 100, 100, 0], ["Summa", 30000, 25000, -5000]],
      label: "Leanlink (Summa)",
    },
    { name: "a unit's own name stands alone", rows: [["Leanlink"], ["Enhet A", 30000, 25000, -5000]], label: "Enhet A" },
    { name: "a row between heading and sum ends the link", rows: [["Leanlink"], ["Enhet A", 100, 100, 0], ["Totalt", 30100, 25100, -5000]], label: "Totalt" },
    { name: "a heading of footnote marks only names nothing", rows: [["***"], ["Summa", 30000, 25000, -5000]], label: "Summa" },
    { name: "the unit after a comma is dropped", rows: [["Leanlink"], ["Summa, tkr", 30000, 25000, -5000]], label: "Leanlink (Summa)" },
    { name: "footnote marks are dropped", rows: [["Vård *"], ["Nettokostnad **", 30000, 25000, -5000]], label: "Vård (Nettokostnad)" },
  ])("names the row: $name", ({ rows, label }) => {
    const out = runRule(actionPlanRequired, [driftGrid(rows as CellInput[][])]);
    expect(out.map((f) => f.message.slice(0, f.message.indexOf(" visar")))).toEqual([label]);
  });

  // The deficit side follows the table: which way the deviation is computed and which sign costs have.
  // Enhet A underspends (190 000 against 200 000), Enhet B overspends by 10 %, Intäkter fall 3 000 short.
  it.each([
    {
      name: "costs positive, deviation = budget − actual",
      rows: [
        ["Enhet A", 190000, 200000, 10000],
        ["Enhet B", 220000, 200000, -20000],
        ["Intäkter", 5000, 8000, -3000],
      ],
      costsNegative: false,
    },
    {
      name: "costs negative, deviation = actual − budget",
      rows: [
        ["Enhet A", -190000, -200000, 10000],
        ["Enhet B", -220000, -200000, -20000],
        ["Intäkter", 5000, 8000, -3000],
      ],
      costsNegative: true,
    },
    {
      name: "costs positive, deviation = actual − budget (a positive deviation is an overspend)",
      rows: [
        ["Enhet A", 190000, 200000, -10000],
        ["Enhet B", 220000, 200000, 20000],
        ["Intäkter", 5000, 8000, -3000],
      ],
      costsNegative: false,
    },
    {
      name: "costs negative, deviation = budget − actual (a positive deviation is an overspend)",
      rows: [
        ["Enhet A", -190000, -200000, -10000],
        ["Enhet B", -220000, -200000, 20000],
        ["Intäkter", 5000, 8000, -3000],
      ],
      costsNegative: true,
    },
  ])("deficit direction: $name", ({ rows, costsNegative }) => {
    const grid = driftGrid(rows as CellInput[][]);
    const [t] = readTables([grid]);
    expect(t.costsNegative).toBe(costsNegative);
    expect(t.deviationDirectionAssumed).toBeUndefined();
    const found = runRule(actionPlanRequired, [grid]);
    expect(found.map((f) => f.cell)).toEqual(["D4", "D5"]);
    expect(found.map((f) => f.message.replace(/\u00A0/g, " ").replace(/ Enligt.*/, ""))).toEqual([
      expect.stringMatching(/^Enhet B visar ett underskott på −20 000 tkr \((avvikelsen står som \+20 000 tkr, )?−10,0 % av budget\)\.$/),
      expect.stringMatching(/^Intäkter visar ett underskott på −3 000 tkr \((avvikelsen står som \+3 000 tkr, )?−37,5 % av budget\)\.$/),
    ]);
  });

  it("says so when the rows cannot show the deficit's direction", () => {
    // Budget and deviation only: no actual to tell which way the deviation is computed.
    const grid = driftGrid([["Enhet B", 200000, -20000]], "Drift", ["Verksamhet", "Budget 2019", "Avvikelse"]);
    const [t] = readTables([grid]);
    expect(t.deviationDirectionAssumed).toBe(true);
    const [f] = runRule(actionPlanRequired, [grid]);
    expect(f.cell).toBe("C3");
    expect(f.message).toContain("här antas att en negativ avvikelse är ett underskott");
    expect(f.messageEn).toContain("a negative deviation is taken as a deficit");
  });

  it("judges a resultaträkning's net cost only: not its gross rows, not its results", () => {
    const found = runRule(actionPlanRequired, [resultStatementGrid()]);
    expect(found.map((f) => f.cell)).toEqual(["D6"]);
    expect(found[0].message.replace(/\u00A0/g, " ")).toMatch(/^Verksamhetens nettokostnader visar ett underskott på −20 000 tkr \(−2,1 % av budget\)/);
  });

  it.each([
    {
      name: "a result below budget in a costs-positive table is no cost overspend",
      rows: [
        ["Enhet A", 100, 100, 0],
        ["Årets resultat", 9000, 12000, -3000],
      ],
    },
    {
      name: "a result above budget either",
      rows: [
        ["Enhet A", 100, 100, 0],
        ["Årets resultat", 15000, 12000, 3000],
      ],
    },
  ])("result rows: $name", ({ rows }) => {
    expect(runRule(actionPlanRequired, [driftGrid(rows as CellInput[][])])).toEqual([]);
  });

  it.each([
    { name: "tkr", unit: "tkr", rows: [["A", 49159, 44224, -4935]], limit: "1 000 tkr" },
    { name: "mnkr", unit: "mnkr", rows: [["A", 50, 51.2, -1.2]], limit: "1,0 mnkr" },
    { name: "kr", unit: "kr", rows: [["A", 49159000, 44224000, -4935000]], limit: "1 000 000 kr" },
  ])("gives the amount threshold in the table's unit: $name", ({ unit, rows, limit }) => {
    const header: CellInput[] =
      unit === "mnkr" ? ["Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse"] : ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"];
    const grid = gridFromRows("T", [[`Driftsammandrag, ${unit}`], header, ...(rows as CellInput[][])]);
    const [f] = runRule(actionPlanRequired, [grid]);
    expect(f.message.replace(/\u00A0/g, " ")).toContain(`(underskott över 1,0 % och över ${limit}).`);
  });

  it.each([
    { name: "well over the limit: one decimal", budget: 200000, dev: -4000, sv: "−2,0 %", en: "−2.0 %" },
    { name: "1,01 % would read 1,0 %: two decimals", budget: 200000, dev: -2020, sv: "−1,01 %", en: "−1.01 %" },
    { name: "1,004 % would read 1,00 %: three decimals", budget: 500000, dev: -5020, sv: "−1,004 %", en: "−1.004 %" },
    { name: "1,05 % rounds to 1,1 %: one decimal", budget: 200000, dev: -2100, sv: "−1,1 %", en: "−1.1 %" },
  ])("shows the share of budget so it reads over the limit: $name", ({ budget, dev, sv, en }) => {
    const [f] = runRule(actionPlanRequired, [driftGrid([["A", budget - dev, budget, dev]])]);
    expect(f.message).toContain(`(${sv} av budget)`);
    expect(f.messageEn).toContain(`(${en} of budget)`);
  });

  it.each([
    {
      name: "tkr",
      grid: () => driftGrid([["HR-staben", 1049159, 1000000, -49159]]),
      en: "HR-staben shows a deficit of \u221249,159 tkr (\u22124.9 % of budget). The financial rules require an action plan (deficit over 1.0 % and over 1,000 tkr).",
    },
    {
      name: "mnkr",
      grid: () =>
        gridFromRows("T", [
          ["Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse"],
          ["Vård", 1050, 1062.5, -12.5],
        ]),
      en: "Vård shows a deficit of \u221212.5 mnkr (\u22121.2 % of budget). The financial rules require an action plan (deficit over 1.0 % and over 1.0 mnkr).",
    },
  ])("formats messageEn the English way: $name", ({ grid, en }) => {
    const [f] = runRule(actionPlanRequired, [grid()]);
    expect(f.messageEn).toBe(en);
  });
});

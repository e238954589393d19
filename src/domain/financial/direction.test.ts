import { FinancialTable } from "../model";
import { deviationFavourableSign, isResultRow, isResultStatement } from "./direction";
import { readTables } from "./testing";
import { gridFromRows } from "../grid";

type Sign = FinancialTable["sign"];

describe("deviationFavourableSign", () => {
  // Costs positive/negative × deviation budget − actual / actual − budget; income rows turned round.
  it.each([
    { sign: "budget-minus-actual" as Sign, costsNegative: false, cost: 1, income: 1 },
    { sign: "actual-minus-budget" as Sign, costsNegative: true, cost: 1, income: 1 },
    { sign: "actual-minus-budget" as Sign, costsNegative: false, cost: -1, income: 1 },
    { sign: "budget-minus-actual" as Sign, costsNegative: true, cost: -1, income: 1 },
    // No evidence on the costs' sign: the deviation's own usual convention.
    { sign: "budget-minus-actual" as Sign, costsNegative: undefined, cost: 1, income: 1 },
    { sign: "actual-minus-budget" as Sign, costsNegative: undefined, cost: 1, income: 1 },
  ])("$sign, costs negative: $costsNegative", ({ sign, costsNegative, cost, income }) => {
    expect(deviationFavourableSign({ sign, costsNegative }, { isIncome: false })).toBe(cost);
    expect(deviationFavourableSign({ sign, costsNegative }, { isIncome: true })).toBe(income);
  });
});

describe("the reader's evidence for the direction", () => {
  const header = ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"];
  it.each([
    { name: "costs positive, budget − actual", rows: [["Enhet A", 190, 200, 10]], sign: "budget-minus-actual", costsNegative: false, assumed: undefined },
    { name: "costs positive, actual − budget", rows: [["Enhet A", 190, 200, -10]], sign: "actual-minus-budget", costsNegative: false, assumed: undefined },
    { name: "costs negative, actual − budget", rows: [["Enhet A", -190, -200, 10]], sign: "actual-minus-budget", costsNegative: true, assumed: undefined },
    { name: "costs negative, budget − actual", rows: [["Enhet A", -190, -200, -10]], sign: "budget-minus-actual", costsNegative: true, assumed: undefined },
    { name: "every deviation 0: either formula fits", rows: [["Enhet A", 200, 200, 0]], sign: "budget-minus-actual", costsNegative: false, assumed: true },
    { name: "no row has actual, budget and deviation", rows: [["Enhet A", 190, null, 10]], sign: "budget-minus-actual", costsNegative: false, assumed: true },
  ])("$name", ({ rows, sign, costsNegative, assumed }) => {
    const [t] = readTables([gridFromRows("D", [header, ...rows])]);
    expect({ sign: t.sign, costsNegative: t.costsNegative, assumed: t.deviationDirectionAssumed }).toEqual({ sign, costsNegative, assumed });
  });

  it("counts result rows as income, and knows a resultaträkning by them", () => {
    const [t] = readTables([
      gridFromRows("RR", [
        ["", "Bokslut 2019", "Budget 2019", "Avvikelse"],
        ["Verksamhetens intäkter", 150, 140, 10],
        ["Verksamhetens kostnader", -1080, -1050, -30],
        ["Verksamhetens nettokostnader", -930, -910, -20],
        ["Skatteintäkter", 940, 925, 15],
        ["Årets resultat", 10, 15, -5],
      ]),
    ]);
    const result = t.rows.find((r) => r.label === "Årets resultat");
    if (!result) throw new Error("no result row");
    expect(t.rows.map((r) => [r.label, r.isIncome])).toEqual([
      ["Verksamhetens intäkter", true],
      ["Verksamhetens kostnader", false],
      ["Verksamhetens nettokostnader", false],
      ["Skatteintäkter", true],
      ["Årets resultat", true],
    ]);
    expect(isResultRow(result)).toBe(true);
    expect(isResultStatement(t)).toBe(true);
    expect(t.costsNegative).toBe(true);
    expect(deviationFavourableSign(t, result)).toBe(1);
  });
});

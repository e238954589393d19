import type { CheckResult, FinancialRow } from "../../src/domain";
import { checkWorkbook } from "../../src/domain";
import { ks2019FinancialGrids } from "../../src/fixtures/ks2019-financial";
import { tertialGrid } from "../../src/fixtures/layouts";
import { draftComments, formatAmount } from "../../src/report/comments";
import { driftTable, handResult } from "./hand-result";

describe("formatAmount: one decimal in mnkr, rounded half away from zero", () => {
  it.each([
    [-4935, "tkr", "−4,9 mnkr"],
    [-25157, "tkr", "−25,2 mnkr"],
    [13668, "tkr", "+13,7 mnkr"],
    [-4950, "tkr", "−5,0 mnkr"],
    [4950, "tkr", "+5,0 mnkr"],
    [-1050, "tkr", "−1,1 mnkr"],
    [46, "tkr", "+46 tkr"],
    [-49, "tkr", "−49 tkr"],
    [1234567, "tkr", "+1\u00A0234,6 mnkr"],
    [13.66, "mnkr", "+13,7 mnkr"],
    [-4935000, "kr", "−4,9 mnkr"],
  ] as const)("%d %s → %s", (value, unit, expected) => {
    expect(formatAmount(value, unit, "sv")).toBe(expected);
  });
  it("writes English numbers with a decimal point", () => {
    expect(formatAmount(-25157, "tkr", "en")).toBe("−25.2 mnkr");
    expect(formatAmount(1234567, "tkr", "en")).toBe("+1,234.6 mnkr");
  });
});

describe("draftComments", () => {
  const drafts = draftComments(handResult(), "sv");
  const text = (unit: string) => drafts.find((d) => d.unit === unit)?.text;

  it("drafts the report's own sentences", () => {
    expect(text("HR-staben")).toBe("HR-staben visar ett underskott på −4,9 mnkr (−11,2 % av budget). Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    expect(text("Planeringsstaben")).toBe("Planeringsstaben uppvisar ett överskott på +13,7 mnkr.");
    // A sum named "Verksamhetens nettokostnader" speaks for its section; budget 0 gives no percentage.
    expect(text("Leanlink")).toBe("Leanlink visar ett underskott på −25,2 mnkr mot en budget på 0 kr. Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    expect(text("Kommunledningsförvaltningen")).toBe("Kommunledningsförvaltningen uppvisar ett överskott på +20,5 mnkr.");
  });

  it("drafts English sentences", () => {
    const en = draftComments(handResult(), "en");
    expect(en.find((d) => d.unit === "HR-staben")?.text).toBe("HR-staben shows a deficit of −4.9 mnkr (−11.2 % of budget). An action plan is required under the financial management rules.");
  });

  it("skips breakdown, memo and heading rows and units below both thresholds", () => {
    const units = drafts.map((d) => d.unit);
    expect(units).not.toContain("Administrativa staben"); // 46 tkr, 0,06 %
    expect(units.some((u) => /varav|Budgetram/.test(u))).toBe(false);
  });

  function oneRow(actual: number, budget: number, extra: Partial<CheckResult> = {}): string[] {
    const t = driftTable();
    const r: FinancialRow = { row: 4, label: "Enheten", kind: "item", isIncome: false, level: 1, values: [actual, budget, budget - actual, null], hidden: false };
    return draftComments({ ...handResult(), findings: [], tables: [{ ...t, rows: [r] }], ...extra }, "sv").map((d) => d.text);
  }

  it.each([
    ["a deficit of exactly 1 mnkr (0,5 %)", 201000, 200000, 1],
    ["a deviation of 1 mnkr", 50000, 51000, 1],
    ["just under 1 mnkr and under 1 %", 200000, 200999, 0],
    ["1 % of budget", 9900, 10000, 1],
    ["0,99 % of budget", 9901, 10000, 0],
  ])("%s", (_name, actual, budget, count) => {
    expect(oneRow(actual, budget)).toHaveLength(count);
  });

  it("drafts an action-plan unit even below the thresholds", () => {
    const out = oneRow(10040, 10000, {
      findings: [{ rule: "action-plan", severity: "warning", sheet: "Drift", cell: "D5", message: "x", messageEn: "x" }],
    });
    expect(out).toEqual(["Enheten visar ett underskott på −40 tkr (−0,4 % av budget). Åtgärdsplan krävs enligt ekonomistyrningsreglerna."]);
  });
});

describe("draftComments on other layouts", () => {
  it("names a sum by what it sums, not by its label words", () => {
    const r = checkWorkbook(ks2019FinancialGrids());
    const texts = draftComments(r, "sv").map((d) => d.text);
    expect(texts).toContain("Kommunstyrelsen uppvisar ett överskott på +20,5 mnkr.");
    expect(texts.some((t) => /nettokostnader uppvisar|^Totalt /.test(t))).toBe(false);
  });

  it("says prognostiserar when the deviation compares the forecast, and names the grand total", () => {
    const r = checkWorkbook([tertialGrid()]);
    const drafts = draftComments(r, "sv");
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.text).toMatch(/ prognostiserar ett (under|över)skott på .* vid årets slut\./);
    expect(drafts.map((d) => d.unit)).toContain("Verksamheten totalt");
    expect(draftComments(r, "en").every((d) => / forecasts a (deficit|surplus) of /.test(d.text))).toBe(true);
  });
});

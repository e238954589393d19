import { ConfigSchema } from "../config";
import { checkWorkbook } from "../engine";
import { gridFromRows } from "../grid";
import { ks2019FinancialGrids } from "../../fixtures/ks2019-financial";
import { financialRules } from "./financial";

/**
 * `message` is Swedish and `messageEn` English, numbers included: 4 935 / 25,2 in
 * Swedish (no-break space, decimal comma), 4,935 / 25.2 in English.
 */
const SWEDISH_GROUP = /\d\u00A0\d{3}/;
// A decimal comma: one or two digits after a comma, not three (which would be English grouping).
const SWEDISH_DECIMAL = /\d,\d{1,2}(?!\d)/;
const ENGLISH_DECIMAL = /\d\.\d/;

/** A tertial report in mnkr with a wrong sum, a wrong deviation and a wrong net. */
const mnkr = () =>
  gridFromRows("Tertial", [
    ["Driftsammandrag, mnkr"],
    ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
    ["Vård och omsorg", 1150.4, 1162.9, -12.5],
    ["Utbildning", 1870.2, 1869.1, 1.2],
    ["Summa", 3020.6, 3032.5, -11.4],
    ["varav kostnader", 3500.3, 3510.1, -9.8],
    ["varav intäkter", 379.7, 377.6, -2.1],
  ]);

describe("messageEn formats numbers the English way", () => {
  const result = checkWorkbook([...ks2019FinancialGrids(), mnkr()], ConfigSchema.parse({}));
  const ids = new Set(financialRules.map((r) => r.id));
  const findings = result.findings.filter((f) => ids.has(f.rule));

  it("covers the rules with amounts in their messages", () => {
    const rules = new Set(findings.map((f) => f.rule));
    for (const id of ["sum-mismatch", "deviation-mismatch", "net-mismatch", "cross-sheet-mismatch", "action-plan-required", "rounding-difference"])
      expect(rules).toContain(id);
    expect(findings.some((f) => f.sheet === "Tertial" && f.rule === "sum-mismatch")).toBe(true);
  });

  it.each([
    "sum-mismatch",
    "deviation-mismatch",
    "net-mismatch",
    "cross-sheet-mismatch",
    "action-plan-required",
    "rounding-difference",
    "formula-range-gap",
    "hardcoded-total",
  ])("%s", (id) => {
    for (const f of findings.filter((x) => x.rule === id)) {
      expect({ cell: `${f.sheet}!${f.cell}`, en: f.messageEn }).toEqual({ cell: `${f.sheet}!${f.cell}`, en: expect.not.stringMatching(SWEDISH_GROUP) });
      expect(f.messageEn).not.toMatch(SWEDISH_DECIMAL);
      expect(f.message).not.toMatch(ENGLISH_DECIMAL);
    }
  });

  it("writes the same amount both ways", () => {
    const f = findings.find((x) => x.rule === "action-plan-required" && x.sheet === "Tertial");
    expect(f?.message).toContain("\u221212,5 mnkr");
    expect(f?.messageEn).toContain("\u221212.5 mnkr");
  });
});

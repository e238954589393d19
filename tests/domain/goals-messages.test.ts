import { ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { CellInput, gridFromRows } from "../../src/domain/grid";

/**
 * Goal rules write numbers as each language does: 1,85 / −1,2 / 48 500 in
 * `message` (U+2212 minus, as formatSv), 1.85 / −1.2 / 48,500 in `messageEn`.
 */
const SWEDISH_DECIMAL = /\d,\d{1,2}(?!\d)/;
const SWEDISH_GROUP = /\d\u00A0\d{3}/;

function run(row: CellInput[]) {
  const grid = gridFromRows("Ind", [["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde", "Bedömning"], row]);
  return checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2019 })).findings.filter((f) => f.rule === "target-not-met" || f.rule === "status-conflict");
}

describe("goal messages format numbers per language", () => {
  const cases: Array<[string, CellInput[], string, string]> = [
    ["decimals", ["M", "Chefers sjukfrånvaro", 0.8, 1.85, 1.3, "Uppfyllt"], "1,85 (2019) mot målvärde 1,3", "1.85 (2019) against target 1.3"],
    ["a negative value", ["M", "Budgetavvikelse (mnkr)", -2.5, -1.2, "≥ 0", "Uppfyllt"], "\u22121,2 (2019)", "\u22121.2 (2019)"],
    ["thousands", ["M", "Antal besök", 47000, 48500, 50000, "Uppfyllt"], "48\u00A0500 (2019) mot målvärde 50\u00A0000", "48,500 (2019) against target 50,000"],
    ["a negative target", ["M", "Resultat (mnkr)", -5, -3.25, -2, "Uppfyllt"], "mot målvärde \u22122", "against target \u22122"],
  ];
  test.each(cases)("%s", (_n, row, sv, en) => {
    const found = run(row);
    expect(found.map((f) => f.rule).sort()).toEqual(["status-conflict", "target-not-met"]);
    for (const f of found) {
      expect(f.message).toContain(sv);
      expect(f.messageEn).toContain(en);
      expect(f.message).not.toMatch(/(^|[\s(])-\d/);
      expect(f.messageEn).not.toMatch(SWEDISH_DECIMAL);
      expect(f.messageEn).not.toMatch(SWEDISH_GROUP);
    }
  });
});

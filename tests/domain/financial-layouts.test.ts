import { DEFAULT_CONFIG, parseConfig } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { Finding } from "../../src/domain/findings";
import { brokenWorkbookGrids, formulaDriftGrid, negativeCostsGrid, proseGrid, tertialGrid } from "../../src/fixtures/layouts";

const keys = (fs: readonly Finding[], severity?: string) =>
  fs
    .filter((f) => !severity || f.severity === severity)
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe("(a) sums as =SUM() formulas with planted faults", () => {
  const result = checkWorkbook([formulaDriftGrid()]);
  const [table] = result.tables;

  it("reads the nesting: sections, sub-totals and a grand total over them", () => {
    const sums = table.rows.filter((r) => r.kind === "sum").map((r) => [r.row + 1, r.components?.map((c) => c + 1)]);
    expect(sums).toEqual([
      [8, [4, 5, 6, 7]],
      [13, [10, 11, 12]],
      [14, [8, 13]],
    ]);
  });

  it("finds the range gap, the sign error and their consequences", () => {
    expect(keys(result.findings, "error")).toEqual(
      [
        "formula-range-gap B13", // SUM(B10:B11) leaves out Övriga verksamheter
        "sum-mismatch B13", // and so its cached value is short
        "sum-mismatch B14", // the grand total, through the sub-total
        "deviation-mismatch D7", // =B7-C7 in a budget − actual table
        "deviation-mismatch D8", // the section's deviation sums the wrong sign
        "deviation-mismatch D13",
        "deviation-mismatch D14",
      ].sort(),
    );
    const gap = result.findings.find((f) => f.rule === "formula-range-gap");
    expect(gap?.message).toContain("utelämnar rad 12 (Övriga verksamheter)");
    expect(gap?.related).toEqual(["B12"]);
    expect(result.findings.find((f) => f.rule === "deviation-mismatch" && f.cell === "D7")).toMatchObject({ expected: 4885, actual: -4885 });
  });

  it("flags the one total typed as a number", () => {
    expect(keys(result.findings.filter((f) => f.rule === "hardcoded-total"))).toEqual(["hardcoded-total C14"]);
  });

  it("is silent when the formulas are right", () => {
    const clean = checkWorkbook([formulaDriftGrid({ rangeGap: false, signError: false, hardcodedTotal: false })]);
    expect(keys(clean.findings, "error")).toEqual([]);
    expect(keys(clean.findings, "info")).toEqual([]);
  });
});

describe("(b) tertial report in mnkr with a forecast", () => {
  const result = checkWorkbook([tertialGrid()]);
  const [table] = result.tables;

  it("reads unit, roles and the deviation's basis", () => {
    expect(table.unit).toBe("mnkr");
    expect(table.columns.map((c) => c.role)).toEqual(["budget", "actual", "forecast", "deviation"]);
    expect(table.columns[3].deviationBasis).toBe("forecast");
    expect(table.sign).toBe("budget-minus-actual");
    expect(table.rows.filter((r) => r.kind === "sum").map((r) => r.components?.length)).toEqual([2, 2, 2]);
  });

  it("finds no error and applies the åtgärdsplan rule in mnkr", () => {
    expect(keys(result.findings, "error")).toEqual([]);
    // Äldreomsorg −29,8 of 1 800,2 (1,7 %); Förskola −11,9 (0,95 %) and Omsorg −27,2 (0,99 %) stay under 1 %.
    expect(keys(result.findings, "warning")).toEqual(["action-plan-required E8"]);
    expect(result.findings[0].message).toContain("−29,8 mnkr");
  });

  it("checks sums to a tenth of a mnkr", () => {
    const r = checkWorkbook([tertialGrid(undefined, { totalOff: { col: 1, by: 0.2 } })]); // Totalt budget 0,2 too high
    expect(keys(r.findings, "error")).toContain("sum-mismatch B11");
  });
});

describe("(c) costs as negative numbers, total first", () => {
  const result = checkWorkbook([negativeCostsGrid()]);
  const [table] = result.tables;

  it("reads the sign convention and the total's place from the data", () => {
    expect(table.sign).toBe("actual-minus-budget");
    expect(table.totalFirst).toBe(true);
    expect(table.rows[0]).toMatchObject({ kind: "sum", level: 0, components: [3, 4, 5, 6] });
  });

  it("finds no error, and the deficits by actual − budget", () => {
    expect(keys(result.findings, "error")).toEqual([]);
    expect(keys(result.findings, "warning")).toEqual(["action-plan-required D3", "action-plan-required D5"]);
  });

  it("respects configured thresholds", () => {
    const cfg = parseConfig({ actionPlan: { percent: 2, amountTkr: 2000 } });
    if (!cfg.ok) throw new Error("config");
    expect(keys(checkWorkbook([negativeCostsGrid()], cfg.config).findings, "warning")).toEqual(["action-plan-required D5"]);
  });
});

describe("(d) a broken workbook", () => {
  const result = checkWorkbook(brokenWorkbookGrids());

  it("reads merged two-row headers and text numbers", () => {
    const [table] = result.tables;
    expect(table.columns.map((c) => [c.role, c.header])).toEqual([
      ["previous", "Bokslut 2018"],
      ["actual", "Bokslut 2019"],
      ["budget", "Budget"],
      ["deviation", "Avvikelse"],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([
      [12345, 12300, 13000, 700],
      [5000, 4800, 5000, 200],
      [3000, null, 2500, -500],
      [20345, 20100, 20500, 400],
    ]);
  });

  it("reports #REF! once, not as a wrong sum; the prose sheet as not recognised; the empty sheet not at all", () => {
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(["invalid-value Drift!C5", "layout-not-recognized Analys!A1"]);
    expect(result.findings[0].message).toBe(
      "Cellen C5 på bladet Drift innehåller #REF! där ett belopp ska stå. Värdet räknas som tomt, så summan i C6 kontrolleras inte mot det.",
    );
    expect(result.sheets.map((s) => s.kind)).toEqual(["driftsammandrag", "unknown", "unknown"]);
  });

  it("lets the user force a layout through config", () => {
    const cfg = parseConfig({ sheets: { Analys: { kind: "unknown" } } });
    if (!cfg.ok) throw new Error("config");
    expect(checkWorkbook([proseGrid()], cfg.config).findings).toEqual([]);
    expect(checkWorkbook([proseGrid()], DEFAULT_CONFIG).findings.map((f) => f.rule)).toEqual(["layout-not-recognized"]);
  });
});

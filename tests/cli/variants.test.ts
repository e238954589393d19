import { promises as fs } from "fs";
import * as path from "path";
import { JsonFinding } from "../../src/node/format-json";
import { fileEntry, makeTempDir, removeDir, run, runJson, writeWorkbook } from "./helpers";
import { brokenGrids, sumFormulaGrid, tertialMnkrGrid } from "./variants";

/** The CLI on workbooks a controller could hand in: read from xlsx, checked, printed. */

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("rk-variants-");
});
afterAll(() => removeDir(dir));

const at = (findings: JsonFinding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
const errors = (findings: JsonFinding[]) => findings.filter((f) => f.severity === "error");

describe("=SUM() totals", () => {
  it("consistent formulas: no error, exit 0", async () => {
    const file = await writeWorkbook(dir, "sum-ok.xlsx", [sumFormulaGrid()]);
    const r = await runJson(file);
    expect(errors(fileEntry(r.json, file).findings)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("a planted range gap and sign error: found on their cells, exit 1", async () => {
    const file = await writeWorkbook(dir, "sum-fel.xlsx", [sumFormulaGrid({ gapLastRow: true, signErrorRow: 8 })]);
    const r = await runJson(file);
    const f = fileEntry(r.json, file).findings;
    expect(at(f, "formula-range-gap")).toEqual(["Drift 2019!B12", "Drift 2019!C12", "Drift 2019!D12"]);
    expect(f.find((x) => x.rule === "formula-range-gap")?.message).toMatch(/utelämnar rad 11/);
    const sign = f.find((x) => x.rule === "deviation-mismatch" && x.cell === "D8");
    expect([sign?.expected, sign?.actual, sign?.severity]).toEqual([4885, -4885, "error"]);
    // Only the planted rows are wrong: no error on the other staber.
    const rowsWithErrors = new Set(errors(f).map((x) => Number(x.cell.replace(/^[A-Z]+/, ""))));
    expect([...rowsWithErrors].sort((a, b) => a - b)).toEqual([8, 12]);
    expect(r.code).toBe(1);
  });
});

describe("tertial report in mnkr with a forecast and Summa sections", () => {
  it("recognised, rounding to 0,1 mnkr is no error", async () => {
    const file = await writeWorkbook(dir, "t2.xlsx", [tertialMnkrGrid()], { styles: { "T2 drift": { defaultNumberFormat: "#,##0.0" } } });
    const r = await runJson(file);
    const e = fileEntry(r.json, file);
    expect(e.sheets).toEqual([{ name: "T2 drift", kind: "driftsammandrag" }]);
    expect(errors(e.findings)).toEqual([]);
    // Kontaktcenter's forecast is 1,2 mnkr over budget: more than 1 % and more than 1 000 tkr.
    expect(at(e.findings, "action-plan-required")).toEqual(["T2 drift!E11"]);
    expect(r.code).toBe(0);
  });

  it("a grand total 2,0 mnkr off in the forecast column", async () => {
    const file = await writeWorkbook(dir, "t2-fel.xlsx", [tertialMnkrGrid({ wrongSum: true })]);
    const r = await runJson(file);
    const sum = fileEntry(r.json, file).findings.find((x) => x.rule === "sum-mismatch");
    expect(sum).toMatchObject({ sheet: "T2 drift", cell: "D13", severity: "error", expected: 337.4, actual: 339.4 });
    expect(sum?.message).toMatch(/mnkr/);
    expect(r.code).toBe(1);
  });
});

describe("a broken workbook: merged headers, text numbers, #REF!, an empty sheet", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(dir, "trasig-tabell.xlsx", brokenGrids());
  });

  it("reads the table through its merged two-row header and text numbers; #REF! is invalid-value on its cell", async () => {
    const r = await runJson(file);
    const e = fileEntry(r.json, file);
    expect(e.sheets.map((s) => s.kind)).toEqual(["driftsammandrag", "unknown", "unknown"]);
    expect(errors(e.findings).map((x) => `${x.rule} ${x.sheet}!${x.cell}`)).toEqual(["invalid-value Drift!D5"]);
    expect(errors(e.findings)[0].message).toMatch(/#REF!/);
    // "− 4 935" typed as text is read as a number: the deficit is seen.
    expect(at(e.findings, "action-plan-required")).toEqual(["Drift!D6"]);
    // The empty sheet gets nothing; the sheet of notes one layout-not-recognized.
    expect(at(e.findings, "layout-not-recognized")).toEqual(["Noteringar!A1"]);
    expect(r.code).toBe(1);
  });

  it("a valid config changes what is checked", async () => {
    const cfg = path.join(dir, "inst.json");
    await fs.writeFile(cfg, JSON.stringify({ sheets: { Noteringar: { kind: "unknown" } }, actionPlan: { amountTkr: 5000 }, rules: { "invalid-value": "warning" } }));
    const r = await runJson("--config", cfg, file);
    const e = fileEntry(r.json, file);
    expect(at(e.findings, "layout-not-recognized")).toEqual([]);
    expect(at(e.findings, "action-plan-required")).toEqual([]);
    expect(e.findings.find((x) => x.rule === "invalid-value")?.severity).toBe("warning");
    expect(r.code).toBe(0);
  });

  it("human output in Swedish and English", async () => {
    const sv = await run("validate", file);
    expect(sv.stdout).toMatch(/Blad ”Drift”: driftsammandrag\n {4}D5 +fel +Cellen D5 på bladet Drift innehåller #REF!/);
    expect(sv.stdout).toMatch(/Blad ”Tomt blad”: okänd\n/);
    expect(sv.stdout.trim().split("\n").pop()).toBe("1 fil: 1 fel, 2 varningar, 0 noteringar");
    const en = await run("validate", "--lang", "en", file);
    expect(en.stdout).toMatch(/Sheet "Drift": operating statement/);
    expect(en.stdout.trim().split("\n").pop()).toBe("1 file: 1 error, 2 warnings, 0 notes");
  });
});

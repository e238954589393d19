import { promises as fs } from "fs";
import * as path from "path";
import { checkWorkbook } from "../../src/domain/engine";
import { Grid, isCellError } from "../../src/domain/grid";
import { brokenWorkbookGrids, col, formulaDriftGrid, rowOfLabel, tertialGrid } from "../../src/fixtures/layouts";
import { JsonFinding } from "../../src/node/format-json";
import { fileEntry, makeTempDir, removeDir, run, runJson, writeWorkbook } from "./helpers";

/** The CLI on workbooks a controller could hand in (the shared layouts of src/fixtures): read from xlsx, checked, printed. */

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("rk-variants-");
});
afterAll(() => removeDir(dir));

const at = (findings: readonly JsonFinding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
const errors = (findings: readonly JsonFinding[]) => findings.filter((f) => f.severity === "error");
const keys = (findings: readonly { rule: string; severity: string; sheet: string; cell: string }[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
const num = (grid: Grid, row: number, c: number) => Number(grid.cells[row - 1]?.[c]?.value);

/** The A1 address of the one error value (#REF! …) in a grid. */
function errorCell(grid: Grid): string {
  const hits = grid.cells.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (isCellError(cell?.value) ? [`${col(c)}${r + 1}`] : [])));
  if (hits.length !== 1) throw new Error(`${grid.name}: ${hits.length} felvärden, väntade ett`);
  return hits[0];
}

describe("=SUM() totals", () => {
  it("consistent formulas: no error, exit 0", async () => {
    const file = await writeWorkbook(dir, "sum-ok.xlsx", [formulaDriftGrid({ rangeGap: false, signError: false, hardcodedTotal: false })]);
    const r = await runJson(file);
    expect(errors(fileEntry(r.json, file).findings)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("a planted range gap and sign error: found on their cells, exit 1", async () => {
    // A row inserted below every SUM's range: all three Summa formulas of the section stop short.
    const grid = formulaDriftGrid({ gapColumns: ["B", "C", "D"], hardcodedTotal: false });
    const file = await writeWorkbook(dir, "sum-fel.xlsx", [grid]);
    const r = await runJson(file);
    const f = fileEntry(r.json, file).findings;
    const gapRow = rowOfLabel(grid, "Summa Verksamhetsstöd och service");
    expect(at(f, "formula-range-gap")).toEqual(["B", "C", "D"].map((c) => `${grid.name}!${c}${gapRow}`));
    expect(f.find((x) => x.rule === "formula-range-gap")?.message).toMatch(new RegExp(`utelämnar rad ${rowOfLabel(grid, "Övriga verksamheter")}\\b`));
    const signRow = rowOfLabel(grid, "Ekonomistaben");
    const sign = f.find((x) => x.rule === "deviation-mismatch" && x.cell === `D${signRow}`);
    const deviation = num(grid, signRow, 2) - num(grid, signRow, 1);
    expect([sign?.expected, sign?.actual, sign?.severity]).toEqual([deviation, -deviation, "error"]);
    // Only the planted rows and the sums over them are wrong: no error on the other units.
    const rowsWithErrors = new Set(errors(f).map((x) => Number(x.cell.replace(/^[A-Z]+/, ""))));
    const expectedRows = [signRow, rowOfLabel(grid, "Summa Kommunledningsförvaltningen"), gapRow, rowOfLabel(grid, "Summa Kommunstyrelsen")];
    expect([...rowsWithErrors].sort((a, b) => a - b)).toEqual(expectedRows.sort((a, b) => a - b));
    // Through the xlsx file the CLI finds what the engine finds on the grid itself.
    expect(keys(f)).toEqual(keys(checkWorkbook([grid]).findings));
    expect(r.code).toBe(1);
  });
});

describe("tertial report in mnkr with a forecast and Summa sections", () => {
  it("recognised, rounding to 0,1 mnkr is no error", async () => {
    const grid = tertialGrid();
    const file = await writeWorkbook(dir, "t2.xlsx", [grid]);
    const r = await runJson(file);
    const e = fileEntry(r.json, file);
    expect(e.sheets).toEqual([{ name: grid.name, kind: "driftsammandrag" }]);
    expect(errors(e.findings)).toEqual([]);
    // Äldreomsorg's forecast is 29,8 mnkr over budget: more than 1 % and more than 1 000 tkr; the others stay under 1 %.
    expect(at(e.findings, "action-plan-required")).toEqual([`${grid.name}!E${rowOfLabel(grid, "Äldreomsorg")}`]);
    expect(r.code).toBe(0);
  });

  it("a grand total 2,0 mnkr off in the forecast column", async () => {
    const grid = tertialGrid(undefined, { totalOff: { col: 3, by: 2 } });
    const file = await writeWorkbook(dir, "t2-fel.xlsx", [grid]);
    const r = await runJson(file);
    const sum = fileEntry(r.json, file).findings.find((x) => x.rule === "sum-mismatch");
    const totalRow = rowOfLabel(grid, "Totalt");
    expect(sum).toMatchObject({ sheet: grid.name, cell: `D${totalRow}`, severity: "error", expected: num(tertialGrid(), totalRow, 3), actual: num(grid, totalRow, 3) });
    expect(sum?.message).toMatch(/skillnad \+2,0 mnkr/);
    expect(r.code).toBe(1);
  });
});

describe("a broken workbook: merged headers, text numbers, #REF!, an empty sheet", () => {
  const [drift, empty, prose] = brokenWorkbookGrids();
  const ref = errorCell(drift);
  // "− 500" typed as text with U+2212: a deficit of 500 tkr, under the default 1 000 tkr but over 400.
  const textDeficit = `${drift.name}!E${rowOfLabel(drift, "Stab C")}`;
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(dir, "trasig-tabell.xlsx", [drift, empty, prose]);
  });

  it("reads the table through its merged two-row header and text numbers; #REF! is invalid-value on its cell", async () => {
    const r = await runJson(file);
    const e = fileEntry(r.json, file);
    expect(e.sheets.map((s) => s.kind)).toEqual(["driftsammandrag", "unknown", "unknown"]);
    expect(errors(e.findings).map((x) => `${x.rule} ${x.sheet}!${x.cell}`)).toEqual([`invalid-value ${drift.name}!${ref}`]);
    expect(errors(e.findings)[0].message).toMatch(/#REF!/);
    expect(at(e.findings, "action-plan-required")).toEqual([]);
    // The empty sheet gets nothing; the sheet of prose one layout-not-recognized.
    expect(at(e.findings, "layout-not-recognized")).toEqual([`${prose.name}!A1`]);
    expect(r.code).toBe(1);
  });

  it("a valid config changes what is checked; the deficit typed as text is read as a number", async () => {
    const cfg = path.join(dir, "inst.json");
    await fs.writeFile(cfg, JSON.stringify({ sheets: { [prose.name]: { kind: "unknown" } }, actionPlan: { amountTkr: 400 }, rules: { "invalid-value": "warning" } }));
    const r = await runJson("--config", cfg, file);
    const e = fileEntry(r.json, file);
    expect(at(e.findings, "layout-not-recognized")).toEqual([]);
    expect(at(e.findings, "action-plan-required")).toEqual([textDeficit]);
    expect(e.findings.find((x) => x.rule === "action-plan-required")?.actual).toBe(-500);
    expect(e.findings.find((x) => x.rule === "invalid-value")?.severity).toBe("warning");
    expect(r.code).toBe(0);
  });

  it("human output in Swedish and English", async () => {
    const sv = await run("validate", file);
    expect(sv.stdout).toMatch(new RegExp(`Blad ”${drift.name}”: driftsammandrag\\n {4}${ref} +fel +Cellen ${ref} på bladet ${drift.name} innehåller #REF!`));
    expect(sv.stdout).toMatch(new RegExp(`Blad ”${empty.name}”: okänd\\n`));
    expect(sv.stdout.trim().split("\n").pop()).toBe("1 fil: 1 fel, 1 varning, 0 noteringar");
    const en = await run("validate", "--lang", "en", file);
    expect(en.stdout).toMatch(new RegExp(`Sheet "${drift.name}": operating statement`));
    expect(en.stdout.trim().split("\n").pop()).toBe("1 file: 1 error, 1 warning, 0 notes");
  });
});

import { checkWorkbook } from "../../src/domain/engine";
import { largeDriftGrid } from "../../src/fixtures/layouts";

/** The bench's sheet: its figures only compare across runs if the generator stays exact and consistent. */
describe("largeDriftGrid", () => {
  it.each([30, 500, 2003])("has exactly %i rows", (n) => {
    expect(largeDriftGrid(n).cells.length).toBe(n);
  });

  it("is the same sheet every time", () => {
    expect(largeDriftGrid(500)).toEqual(largeDriftGrid(500));
  });

  it("sums and deviations agree; the only findings are genuine deficits in the deviation column", () => {
    const result = checkWorkbook([largeDriftGrid(500)]);
    expect(result.findings.filter((f) => f.severity !== "warning")).toEqual([]);
    expect(new Set(result.findings.map((f) => `${f.rule} ${f.cell[0]}`))).toEqual(new Set(["action-plan-required D"]));
  });

  it("ends in a SUMIF grand total over the Summa rows", () => {
    const grid = largeDriftGrid(500);
    const last = grid.cells[grid.cells.length - 1] ?? [];
    expect(last[0]?.value).toBe("Summa nämnden");
    expect(last[1]?.formula).toBe(`SUMIF(A3:A499,"Summa*",B3:B499)`);
  });
});

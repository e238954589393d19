import { OfficeMockObject } from "office-addin-mock";
import { gridFromRows } from "../../../src/domain/grid";
import { driftGrid, expectDriftAsRead, goalsGrid, plainGrid, setup } from "../fixtures";
import { createExcelMock } from "./excel-mock";

/** readGrids against office-addin-mock: the mock's load/sync rules, Excel's shapes written by hand (see excel-mock.ts). */

/** Two sheets: "Drift" from B3 with a formula, an error, a hidden row (row 6) and a merged title; "Mål" from A1 with a colour-only cell. */
const workbook = () => [driftGrid(), goalsGrid()];

describe("readGrids with office-addin-mock", () => {
  it("reads values, formulas, number formats, a hidden row and a merge into grids at absolute coordinates", async () => {
    const mock = createExcelMock(workbook());
    const grids = await mock.port.readGrids();

    expect(grids.map((g) => g.name)).toEqual(["Drift", "Mål"]);
    const [drift, goals] = grids;
    expectDriftAsRead(drift);

    expect(goals.cells[0]?.[0]).toEqual({ value: "Mål" });
    expect(goals.cells[1]?.[1]).toEqual({ value: null, fill: "00B050" });
    expect(goals.cells[2]?.[1]).toEqual({ value: "Delvis uppfyllt" });
    expect(goals.hiddenRows).toEqual([]);
    expect(goals.merges).toEqual([]);
  });

  it("gives the same grids as the hand-written fake Excel", async () => {
    const fromMock = await createExcelMock(workbook()).port.readGrids();
    const fromFake = await setup(workbook()).port.readGrids();
    expect(fromMock).toEqual(fromFake);
  });

  it("asks Excel only for named properties of each sheet's used range", async () => {
    const mock = createExcelMock(workbook());
    const load = jest.spyOn(OfficeMockObject.prototype, "load");
    let loads: unknown[];
    try {
      await mock.port.readGrids();
    } finally {
      loads = load.mock.calls.map(([arg]) => arg);
      load.mockRestore();
    }
    // An empty load() (every property) would be "*"/undefined; the adapter never asks for that.
    expect(loads.every((l) => typeof l === "string" && l !== "" && !l.includes("*"))).toBe(true);
    expect(loads).toContain("values,formulas,numberFormat,valueTypes");
    const reads = mock.log.filter((e) => e.op === "getRangeByIndexes");
    // One contents range and one merge range per sheet, each exactly the used range: B3:D7 and A1:B3.
    expect(reads.map((e) => e.args)).toEqual([
      [2, 1, 5, 3],
      [2, 1, 5, 3],
      [0, 0, 3, 2],
      [0, 0, 3, 2],
    ]);
  });

  it("reads hidden rows row by row and skips merges on ExcelApi 1.7", async () => {
    const mock = createExcelMock(workbook(), { apiVersion: "1.7" });
    const [drift, goals] = await mock.port.readGrids();
    expect(drift.hiddenRows).toEqual([5]);
    expect(drift.merges).toEqual([]);
    expect(drift.cells[6]?.[2]).toEqual({ value: 80159, formula: "SUM(C5:C6)", numberFormat: "#,##0" });
    // Without getCellProperties there is no fill, so the colour-only cell is empty.
    expect(goals.cells[1]?.[1]).toBeUndefined();
  });

  it("reads an empty sheet as an empty grid and a hidden sheet as not visible", async () => {
    const hidden = { ...plainGrid("Dolt"), visible: false };
    const mock = createExcelMock([gridFromRows("Tomt", []), hidden]);
    const [empty, dolt] = await mock.port.readGrids();
    expect(empty).toEqual({ name: "Tomt", cells: [], hiddenRows: [], merges: [], visible: true });
    expect(dolt.visible).toBe(false);
    expect(dolt.cells[2]?.[1]).toEqual({ value: 201 });
  });
});

describe("readGrids round trips (spy on context.sync)", () => {
  it.each([
    ["1.13", 2],
    ["1.13", 12],
    ["1.7", 12],
  ])("ExcelApi %s, %i sheets: at most 3 syncs", async (apiVersion, n) => {
    const grids = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? driftGrid() : plainGrid(`Blad${i}`, 30, 6))).map((g, i) => ({
      ...g,
      name: `${g.name}${i}`,
    }));
    const mock = createExcelMock(grids, { apiVersion });
    const sync = jest.spyOn(mock.context, "sync");
    const progress: Array<[number, number]> = [];
    const read = await mock.port.readGrids((done, total) => progress.push([done, total]));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(read).toHaveLength(n);
    expect(read[1].cells[29]?.[5]).toEqual({ value: 2905 });
    expect(read[n - 2].hiddenRows).toEqual([5]);
    expect(progress[progress.length - 1]).toEqual([n, n]);
  });
});

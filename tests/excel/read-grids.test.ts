import { parseMerges, planBatches, splitAreas } from "../../src/excel/read-grids";
import { driftGrid, expectDriftAsRead, goalsGrid, plainGrid, setup } from "./fixtures";

describe("readGrids through OfficeWorkbookPort", () => {
  it("reads values, formulas, number formats, errors, hidden rows and merges at absolute coordinates", async () => {
    const { port } = setup([driftGrid(), goalsGrid()]);
    const grids = await port.readGrids();
    expect(grids.map((g) => g.name)).toEqual(["Drift", "Mål"]);
    const drift = grids[0];
    expectDriftAsRead(drift);
  });

  it("keeps a colour-only status cell through its fill (ExcelApi 1.9)", async () => {
    const { port } = setup([goalsGrid()]);
    const [goals] = await port.readGrids();
    expect(goals.cells[1]?.[1]).toEqual({ value: null, fill: "00B050" });
    expect(goals.cells[2]?.[1]).toEqual({ value: "Delvis uppfyllt" });
  });

  it("falls back to per-row rowHidden and no merges on ExcelApi 1.7", async () => {
    const { port, state } = setup([driftGrid()], { apiVersion: "1.7" });
    const [drift] = await port.readGrids();
    expect(drift.hiddenRows).toEqual([5]);
    expect(drift.merges).toEqual([]);
    expect(drift.cells[6]?.[2]?.formula).toBe("SUM(C5:C6)");
    expect(state.syncCount).toBe(3);
  });

  it("reads on without merges when a sheet has more than 512 merged areas (one extra sync)", async () => {
    const many = plainGrid("Sammanslaget", 600, 4);
    const merged = { ...many, merges: Array.from({ length: 520 }, (_, i) => ({ top: i + 1, left: 0, bottom: i + 1, right: 1 })) };
    const { port, state } = setup([driftGrid(), merged]);
    const grids = await port.readGrids();
    expect(grids[1].merges).toEqual([]);
    expect(grids[0].hiddenRows).toEqual([5]);
    expect(grids[1].cells[599]?.[3]).toEqual({ value: 59903 });
    expect(state.syncCount).toBe(4);
  });

  it("reads an empty sheet as an empty grid and a hidden sheet as not visible", async () => {
    const hidden = { ...plainGrid("Dolt"), visible: false };
    const { port } = setup([plainGrid("Tomt", 0, 0), hidden]);
    const grids = await port.readGrids();
    expect(grids[0]).toEqual({ name: "Tomt", cells: [], hiddenRows: [], merges: [], visible: true });
    expect(grids[1].visible).toBe(false);
    expect(grids[1].cells[2]?.[1]).toEqual({ value: 201 });
  });

  it.each([3, 30])("uses 3 round trips for %i sheets", async (n) => {
    const { port, state } = setup(Array.from({ length: n }, (_, i) => plainGrid(`Blad${i + 1}`, 40, 8)));
    const progress: Array<[number, number]> = [];
    const grids = await port.readGrids((done, total) => progress.push([done, total]));
    expect(grids).toHaveLength(n);
    expect(grids[n - 1].cells[39]?.[7]).toEqual({ value: 3907 });
    expect(state.syncCount).toBe(3);
    expect(progress[progress.length - 1]).toEqual([n, n]);
  });

  it("counts syncs on the context too (spy)", async () => {
    const { Excel, Office, state } = setup([plainGrid("A"), plainGrid("B"), plainGrid("C")]);
    let spied = 0;
    const run: typeof Excel.run = (batch) =>
      Excel.run((context) => {
        const spy = jest.spyOn(context, "sync");
        return batch(context).finally(() => {
          spied += spy.mock.calls.length;
        });
      });
    const { OfficeWorkbookPort } = await import("../../src/excel/office-workbook");
    const { officeEnv } = await import("../../src/excel/office-env");
    await new OfficeWorkbookPort(officeEnv({ run }, Office)).readGrids();
    expect(spied).toBe(3);
    expect(state.syncCount).toBe(3);
  });

  it("chunks only when a sync would pass the payload budget, and each sync stays under it", async () => {
    // 4 sheets × 200 rows × 10 columns; a budget of ~60 000 bytes forces row chunks.
    const grids = Array.from({ length: 4 }, (_, i) => plainGrid(`S${i}`, 200, 10));
    const { port, state } = setup(grids, {}, { budgetBytes: 60_000 });
    // The fake rejects a sync that reads more than this many cells (5 reads per cell: values, formulas, formats, types, fills).
    state.maxCellsPerSync = (60_000 / 88) * 5;
    const read = await port.readGrids();
    expect(state.syncCount).toBeGreaterThan(3);
    expect(read.map((g) => g.cells.length)).toEqual([200, 200, 200, 200]);
    expect(read[3].cells[199]?.[9]).toEqual({ value: 19909 });
    expect(Math.max(...state.cellsReadPerSync)).toBeLessThanOrEqual(state.maxCellsPerSync);
  });

  it("fails with the payload error when the host refuses a too large read", async () => {
    const { port, state } = setup([plainGrid("Stor", 50, 10)]);
    state.maxCellsPerSync = 100;
    await expect(port.readGrids()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("planBatches", () => {
  it("packs small sheets into one batch", () => {
    const b = planBatches([{ rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 5 }, undefined, { rowIndex: 3, columnIndex: 1, rowCount: 20, columnCount: 4 }], 48, 4_000_000);
    expect(b).toEqual([[{ sheet: 0, firstRow: 0, rowCount: 10 }, { sheet: 2, firstRow: 0, rowCount: 20 }]]);
  });

  it("cuts a sheet too big for one sync into row chunks that fit", () => {
    const b = planBatches([{ rowIndex: 0, columnIndex: 0, rowCount: 100_000, columnCount: 20 }], 48, 4_000_000);
    const rowsPerChunk = Math.floor(4_000_000 / (20 * 48 + 40));
    expect(b.length).toBe(Math.ceil(100_000 / rowsPerChunk));
    expect(b.flat().reduce((n, c) => n + c.rowCount, 0)).toBe(100_000);
    for (const batch of b) expect(batch.reduce((n, c) => n + c.rowCount * (20 * 48 + 40), 0)).toBeLessThanOrEqual(4_000_000);
  });
});

describe("merged-area addresses", () => {
  it("splits on commas outside quoted sheet names", () => {
    expect(splitAreas("'Drift, 2019'!A1:B2, 'Drift, 2019'!$D$4:$E$4")).toEqual(["A1:B2", "D4:E4"]);
  });
  it("parses into 0-based merges", () => {
    expect(parseMerges("Blad1!A1:B2,Blad1!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseMerges(null)).toEqual([]);
  });
});

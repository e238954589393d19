import type { Finding } from "../../src/domain/findings";
import { MARKS_KEY, MARK_FORMULA, groupAreas, markAreas, markTargets } from "../../src/excel/marks";
import { largeDriftGrid } from "../../src/fixtures/layouts";
import { PortError } from "../../src/excel/port";
import { snapshotSheet } from "../support/fake-excel";
import { driftGrid, goalsGrid, setup } from "./fixtures";

function finding(sheet: string, cell: string): Finding {
  return {
    rule: "sum",
    severity: "error",
    sheet,
    cell,
    message: "Summan stämmer inte",
    messageEn: "The sum is wrong",
  };
}

describe("markFindings / clearMarks", () => {
  it("marks flagged cells with the add-in's own conditional formats and leaves the cells' formats alone", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    const cellsBefore = JSON.stringify(snapshotSheet(state, "Drift"));
    await port.markFindings([finding("Drift", "C7"), finding("Drift", "$D$7"), finding("Drift", "C7"), finding("Mål", "B2")]);
    const drift = state.sheets.find((s) => s.name === "Drift");
    // Neighbouring cells share one format (its fill and borders apply to each cell).
    expect(drift?.conditionalFormats.map((c) => [c.type, c.box, c.custom?.formula])).toEqual([
      ["Custom", { top: 6, left: 2, bottom: 6, right: 3 }, MARK_FORMULA],
    ]);
    expect(drift?.conditionalFormats[0].custom?.format).toMatchObject({
      "fill.color": "#FFEB9C",
      "border.EdgeTop.style": "Continuous",
    });
    const snap = snapshotSheet(state, "Drift") as { cells: unknown };
    expect(JSON.stringify(snap.cells)).toBe(JSON.stringify((JSON.parse(cellsBefore) as { cells: unknown }).cells));
    expect(state.settings.get(MARKS_KEY)).toEqual({
      sheets: [
        { id: drift?.id, name: "Drift", addresses: ["C7", "D7"] },
        { id: state.sheets[1].id, name: "Mål", addresses: ["B2"] },
      ],
    });
  });

  it("round trip: clearMarks leaves the workbook exactly as before, the user's own conditional formats included", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    const drift = state.sheets[0];
    drift.conditionalFormats.push({
      id: "user1",
      type: "Custom",
      box: { top: 4, left: 2, bottom: 5, right: 2 },
      custom: { formula: "=C5<0", format: { "font.color": "#FF0000" } },
    });
    drift.conditionalFormats.push({
      id: "user2",
      type: "DataBar",
      box: { top: 4, left: 3, bottom: 5, right: 3 },
    });
    const before = state.sheets.map((s) => snapshotSheet(state, s.name));
    const settingsBefore = [...state.settings.entries()];

    await port.markFindings([finding("Drift", "C5"), finding("Drift", "C7"), finding("Mål", "B2"), finding("Borttaget", "A1")]);
    expect(state.syncCount).toBe(2);
    expect(state.sheets.map((s) => snapshotSheet(state, s.name))).not.toEqual(before);
    state.syncCount = 0;
    await port.clearMarks();
    expect(state.syncCount).toBe(4);

    expect(state.sheets.map((s) => snapshotSheet(state, s.name))).toEqual(before);
    expect([...state.settings.entries()]).toEqual(settingsBefore);
  });

  it("marking again replaces the earlier marks", async () => {
    const { port, state } = setup([driftGrid()]);
    await port.markFindings([finding("Drift", "C7")]);
    await port.markFindings([finding("Drift", "D7")]);
    expect(state.sheets[0].conditionalFormats.map((c) => c.box)).toEqual([{ top: 6, left: 3, bottom: 6, right: 3 }]);
  });

  it("clearing with no marks costs one round trip and changes nothing", async () => {
    const { port, state } = setup([driftGrid()]);
    const before = snapshotSheet(state, "Drift");
    await port.clearMarks();
    expect(state.syncCount).toBe(1);
    expect(snapshotSheet(state, "Drift")).toEqual(before);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    state.sheets[1].protected = true;
    const err = await port.markFindings([finding("Drift", "C7"), finding("Mål", "B2")]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).messageSv).toContain('"Mål" är skyddat');
    expect(state.sheets.every((s) => s.conditionalFormats.length === 0)).toBe(true);
    expect(state.settings.has(MARKS_KEY)).toBe(false);
  });

  it("marks each finding's own cell and skips findings without a cell address", () => {
    expect([...markTargets([finding("Drift", ""), finding("Drift", "B4:B8"), finding("Drift", "b9")])]).toEqual([
      ["Drift", ["B4:B8", "B9"]],
    ]);
  });

  it("scattered cells on one sheet are one multi-area format from ExcelApi 1.9, one format per area under it", async () => {
    const cells = [finding("Drift", "C5"), finding("Drift", "C6"), finding("Drift", "D7"), finding("Drift", "B3")];
    const multi = setup([driftGrid()]);
    await multi.port.markFindings(cells);
    expect(multi.state.sheets[0].conditionalFormats.map((c) => c.areas ?? [c.box])).toEqual([
      [
        { top: 2, left: 1, bottom: 2, right: 1 },
        { top: 4, left: 2, bottom: 5, right: 2 },
        { top: 6, left: 3, bottom: 6, right: 3 },
      ],
    ]);
    const single = setup([driftGrid()], { apiVersion: "1.8" });
    await single.port.markFindings(cells);
    expect(single.state.sheets[0].conditionalFormats.map((c) => [c.box, c.areas])).toEqual([
      [{ top: 2, left: 1, bottom: 2, right: 1 }, undefined],
      [{ top: 4, left: 2, bottom: 5, right: 2 }, undefined],
      [{ top: 6, left: 3, bottom: 6, right: 3 }, undefined],
    ]);
    expect(single.state.syncCount).toBe(2);
  });
});

describe("markAreas / groupAreas", () => {
  it.each([
    ["a vertical run", ["C5", "C6", "C7"], ["C5:C7"]],
    ["a rectangle", ["C5", "D5", "C6", "D6"], ["C5:D6"]],
    ["a gap splits a run", ["C5", "C7"], ["C5", "C7"]],
    ["runs of different rows stay apart", ["C5", "C6", "D5"], ["C5:C6", "D5"]],
    ["ranges are kept as given", ["B4:B8", "D2"], ["D2", "B4:B8"]],
    ["duplicates count once", ["A1", "A1", "A2"], ["A1:A2"]],
    ["columns past Z", ["AA10", "AB10"], ["AA10:AB10"]],
  ])("%s", (_name, input, expected) => {
    expect(markAreas(input)).toEqual(expected);
  });

  it("groups joined addresses under the character cap, one per area without RangeAreas", () => {
    const areas = Array.from({ length: 50 }, (_, i) => `B${i * 2 + 1}`);
    const groups = groupAreas(areas, true, 40);
    expect(groups.every((g) => g.length <= 40)).toBe(true);
    expect(groups.join(",").split(",")).toEqual(areas);
    expect(groupAreas(areas, false, 40)).toEqual(areas);
  });
});

describe("marking many findings stays under Excel on the web's 5 MB a request", () => {
  const LIMIT = 5_000_000;
  /** Isolated cells (a checkerboard over A:D), so no two marks can share a rectangle. */
  function scattered(sheet: string, n: number): Finding[] {
    const out: Finding[] = [];
    for (let r = 3; out.length < n; r++) for (let c = r % 2; c < 4 && out.length < n; c += 2) out.push(finding(sheet, `${"ABCD"[c]}${r}`));
    return out;
  }

  it.each([
    [3_500, "1.13"],
    [10_000, "1.13"],
    [3_500, "1.8"],
    [10_000, "1.8"],
  ])("%i marks on ExcelApi %s: every request under the cap, every cell marked, clearMarks restores the workbook", async (n, apiVersion) => {
    const grid = largeDriftGrid(6000);
    const { port, state } = setup([grid], { apiVersion });
    state.maxRequestBytes = LIMIT;
    const before = snapshotSheet(state, grid.name);
    const marks = scattered(grid.name, n);

    await port.markFindings(marks);
    expect(Math.max(...state.requestBytesPerSync)).toBeLessThanOrEqual(LIMIT);
    const sheet = state.sheets[0];
    const covered = new Set<string>();
    for (const cf of sheet.conditionalFormats) {
      expect(cf.custom?.formula).toBe(MARK_FORMULA);
      for (const a of cf.areas ?? [cf.box])
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) covered.add(`${"ABCD"[c]}${r + 1}`);
    }
    expect(covered).toEqual(new Set(marks.map((m) => m.cell)));
    if (apiVersion === "1.13") expect(sheet.conditionalFormats.length).toBeLessThan(n / 100);

    state.requestBytesPerSync = [];
    await port.clearMarks();
    expect(Math.max(...state.requestBytesPerSync)).toBeLessThanOrEqual(LIMIT);
    expect(snapshotSheet(state, grid.name)).toEqual(before);
    expect(state.settings.has(MARKS_KEY)).toBe(false);
  });

  it("a request Excel still refuses names the marks, not the workbook's size, and leaves no marks behind", async () => {
    const grid = largeDriftGrid(200);
    const { port, state } = setup([grid], { apiVersion: "1.8" }, { budgetBytes: 100_000_000 });
    state.maxRequestBytes = 50_000;
    const before = snapshotSheet(state, grid.name);
    const err = await port.markFindings(scattered(grid.name, 200)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect((err as PortError).messageSv).toContain("för många markeringar (200 celler)");
    expect((err as PortError).messageSv).not.toContain("Arbetsboken är för stor");
    expect(snapshotSheet(state, grid.name)).toEqual(before);
  });
});

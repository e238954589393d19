import type { Finding } from "../../src/domain/findings";
import { MARKS_KEY, MARK_FORMULA, markTargets } from "../../src/excel/marks";
import { PortError } from "../../src/excel/port";
import { snapshotSheet } from "../support/fake-excel";
import { driftGrid, goalsGrid, setup } from "./fixtures";

function finding(sheet: string, cell: string): Finding {
  return { rule: "sum", severity: "error", sheet, cell, message: "Summan stämmer inte", messageEn: "The sum is wrong" };
}

describe("markFindings / clearMarks", () => {
  it("marks flagged cells with the add-in's own conditional formats and leaves the cells' formats alone", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    const cellsBefore = JSON.stringify(snapshotSheet(state, "Drift"));
    await port.markFindings([finding("Drift", "C7"), finding("Drift", "$D$7"), finding("Drift", "C7"), finding("Mål", "B2")]);
    const drift = state.sheets.find((s) => s.name === "Drift");
    expect(drift?.conditionalFormats.map((c) => [c.type, c.box, c.custom?.formula])).toEqual([
      ["Custom", { top: 6, left: 2, bottom: 6, right: 2 }, MARK_FORMULA],
      ["Custom", { top: 6, left: 3, bottom: 6, right: 3 }, MARK_FORMULA],
    ]);
    expect(drift?.conditionalFormats[0].custom?.format).toMatchObject({ "fill.color": "#FFEB9C", "border.EdgeTop.style": "Continuous" });
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
    drift.conditionalFormats.push({ id: "user1", type: "Custom", box: { top: 4, left: 2, bottom: 5, right: 2 }, custom: { formula: "=C5<0", format: { "font.color": "#FF0000" } } });
    drift.conditionalFormats.push({ id: "user2", type: "DataBar", box: { top: 4, left: 3, bottom: 5, right: 3 } });
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
    expect([...markTargets([finding("Drift", ""), finding("Drift", "B4:B8"), finding("Drift", "b9")])]).toEqual([["Drift", ["B4:B8", "B9"]]]);
  });
});

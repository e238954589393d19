import { REPORT_MARKER_KEY, charsToPoints, pickName } from "../../src/excel/office-report-renderer";
import { PortError } from "../../src/excel/port";
import { snapshotSheet } from "../support/fake-excel";
import { driftGrid, goalsGrid, setup, testSpec } from "./fixtures";

function cellOf(state: ReturnType<typeof setup>["state"], sheet: string, a1: string) {
  const s = state.sheets.find((x) => x.name === sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!s || !m) return undefined;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.cells.get((Number(m[2]) - 1) * 16384 + col);
}

describe("insertReport", () => {
  it("writes values, formats, merges, widths, a table, an icon set and links in at most 4 round trips", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    const { sheetName } = await port.insertReport(testSpec());
    expect(sheetName).toBe("Rapportkoll");
    expect(state.syncCount).toBeLessThanOrEqual(4);
    expect(state.syncCount).toBe(3);

    expect(cellOf(state, "Rapportkoll", "A1")?.value).toBe("Rapportkoll – Kommunstyrelsen 2019");
    expect(cellOf(state, "Rapportkoll", "A1")?.format).toMatchObject({ "font.bold": true, "font.size": 14, "font.name": "Arial" });
    expect(cellOf(state, "Rapportkoll", "B4")).toMatchObject({ value: 49159, numberFormat: "#,##0" });
    expect(cellOf(state, "Rapportkoll", "B5")?.format).toMatchObject({ "font.color": "#C00000", "border.EdgeTop.style": "Continuous", horizontalAlignment: "Right" });
    // Text that looks like a formula stays text.
    expect(cellOf(state, "Rapportkoll", "C5")).toMatchObject({ value: "=inte en formel", formula: undefined });
    expect(cellOf(state, "Rapportkoll", "A4")?.hyperlink).toEqual({ documentReference: "'Drift'!B5", textToDisplay: "HR-staben" });
    expect(cellOf(state, "Rapportkoll", "A3")?.fill).toBe("DDEBF7");

    const report = state.sheets.find((s) => s.name === "Rapportkoll");
    expect(report?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(report?.columnWidths.get(0)).toBe(charsToPoints(30));
    expect(report?.rowHeights.get(3)).toBe(30);
    expect(state.tables).toEqual([expect.objectContaining({ name: "Driftsammandrag", style: "TableStyleLight9", box: { top: 2, left: 0, bottom: 4, right: 3 } })]);
    expect(report?.conditionalFormats).toEqual([
      expect.objectContaining({
        type: "IconSet",
        box: { top: 3, left: 3, bottom: 4, right: 3 },
        iconSet: {
          style: "ThreeTrafficLights1",
          showIconOnly: true,
          criteria: [{}, { type: "Number", operator: "GreaterThanOrEqual", formula: "=0" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "=1" }],
        },
      }),
    ]);
    expect(state.settings.get(REPORT_MARKER_KEY)).toEqual({ id: report?.id, name: "Rapportkoll" });
    expect(state.activeSheetId).toBe(report?.id);
  });

  it("replaces its earlier report sheet instead of adding another, keeping the table name", async () => {
    const { port, state } = setup([driftGrid()]);
    await port.insertReport(testSpec());
    const firstId = state.sheets.find((s) => s.name === "Rapportkoll")?.id;
    state.syncCount = 0;
    const { sheetName } = await port.insertReport(testSpec());
    expect(sheetName).toBe("Rapportkoll");
    expect(state.syncCount).toBeLessThanOrEqual(4);
    expect(state.sheets.map((s) => s.name)).toEqual(["Drift", "Rapportkoll"]);
    const second = state.sheets.find((s) => s.name === "Rapportkoll");
    expect(second?.id).not.toBe(firstId);
    expect(state.tables.map((t) => t.name)).toEqual(["Driftsammandrag"]);
    expect(state.settings.get(REPORT_MARKER_KEY)).toEqual({ id: second?.id, name: "Rapportkoll" });
  });

  it("recognises its sheet by the marker even after the user renamed it", async () => {
    const { port, state } = setup([driftGrid()]);
    await port.insertReport(testSpec());
    const ours = state.sheets.find((s) => s.name === "Rapportkoll");
    if (ours) ours.name = "Min kopia av rapporten";
    await port.insertReport(testSpec());
    expect(state.sheets.map((s) => s.name)).toEqual(["Drift", "Rapportkoll"]);
  });

  it("leaves a user's own sheet named Rapportkoll alone and picks another name", async () => {
    const userSheet = { ...driftGrid(), name: "Rapportkoll" };
    const { port, state } = setup([driftGrid(), userSheet]);
    const before = snapshotSheet(state, "Rapportkoll");
    const { sheetName } = await port.insertReport(testSpec());
    expect(sheetName).toBe("Rapportkoll (2)");
    expect(snapshotSheet(state, "Rapportkoll")).toEqual(before);
    // Re-inserting replaces ours, still not the user's.
    await port.insertReport(testSpec());
    expect(state.sheets.map((s) => s.name)).toEqual(["Drift", "Rapportkoll", "Rapportkoll (2)"]);
    expect(snapshotSheet(state, "Rapportkoll")).toEqual(before);
  });

  it("changes no other sheet", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    const before = ["Drift", "Mål"].map((n) => snapshotSheet(state, n));
    await port.insertReport(testSpec());
    await port.insertReport(testSpec());
    expect(["Drift", "Mål"].map((n) => snapshotSheet(state, n))).toEqual(before);
  });

  it("suffixes a table name a user's table already has", async () => {
    const { port, state } = setup([driftGrid()]);
    state.tables.push({ id: "u1", name: "Driftsammandrag", sheetId: state.sheets[0].id, box: { top: 3, left: 1, bottom: 6, right: 3 }, style: "TableStyleMedium2" });
    await port.insertReport(testSpec());
    expect(state.tables.map((t) => t.name).sort()).toEqual(["Driftsammandrag", "Driftsammandrag_2"]);
  });

  it("refuses on a protected workbook structure with a Swedish message and changes nothing", async () => {
    const { port, state } = setup([driftGrid()]);
    state.structureProtected = true;
    const before = snapshotSheet(state, "Drift");
    const err = await port.insertReport(testSpec()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err).toMatchObject({ code: "AccessDenied" });
    expect((err as PortError).messageSv).toMatch(/skyddad/);
    expect(state.sheets.map((s) => s.name)).toEqual(["Drift"]);
    expect(snapshotSheet(state, "Drift")).toEqual(before);
  });

  it("keeps the earlier report and removes the half-written one when writing fails", async () => {
    const { port, state } = setup([driftGrid()]);
    await port.insertReport(testSpec());
    const before = snapshotSheet(state, "Rapportkoll");
    const bad = testSpec();
    // A table name Excel refuses makes the write batch fail after the sheet was added.
    const broken = { ...bad, blocks: bad.blocks.map((b) => (b.table ? { ...b, table: { ...b.table, name: "1 ogiltigt" } } : b)) };
    await expect(port.insertReport(broken)).rejects.toBeInstanceOf(PortError);
    expect(state.sheets.map((s) => s.name)).toEqual(["Drift", "Rapportkoll"]);
    expect(snapshotSheet(state, "Rapportkoll")).toEqual(before);
  });
});

describe("pickName", () => {
  it("keeps a free name and numbers a taken one, within 31 characters", () => {
    expect(pickName("Rapportkoll", new Set(["drift"]))).toBe("Rapportkoll");
    expect(pickName("Rapportkoll", new Set(["rapportkoll", "rapportkoll (2)"]))).toBe("Rapportkoll (3)");
    const long = "R".repeat(40);
    const picked = pickName(long, new Set(["r".repeat(31)]));
    expect(picked).toHaveLength(31);
    expect(picked.endsWith(" (2)")).toBe(true);
    expect(pickName("Rapport: 2019/20", new Set())).toBe("Rapport  2019 20");
  });
});

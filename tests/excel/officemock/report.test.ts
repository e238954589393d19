import type { OfficeMockObject } from "office-addin-mock";
import { charsToPoints, REPORT_MARKER_KEY } from "../../../src/excel/office-report-renderer";
import { driftGrid, goalsGrid, testSpec } from "../fixtures";
import { createExcelMock, type ExcelMock, type LogEntry } from "./excel-mock";

/** insertReport against office-addin-mock: which Office.js calls it makes, on which sheet, in how many syncs. */

const ranges = (mock: ExcelMock, sheetId: string, op = "getRangeByIndexes") => mock.log.filter((e) => e.sheetId === sheetId && e.op === op);
const written = (entries: LogEntry[], prop: string) =>
  entries.filter((e) => e.result && (e.result as OfficeMockObject)[prop] !== undefined && typeof (e.result as OfficeMockObject)[prop] !== "string");
const reportId = (mock: ExcelMock, nth = 0) => mock.log.filter((e) => e.op === "worksheets.add")[nth].sheetId;

describe("insertReport with office-addin-mock", () => {
  it("writes each block's values as one 2D array, number formats, font, widths and a merge in at most 4 syncs", async () => {
    const mock = createExcelMock([driftGrid(), goalsGrid()]);
    const sync = jest.spyOn(mock.context, "sync");
    const { sheetName } = await mock.port.insertReport(testSpec());

    expect(sheetName).toBe("Rapportkoll");
    expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
    expect(sync).toHaveBeenCalledTimes(3);

    const id = reportId(mock);
    expect(mock.log.find((e) => e.op === "worksheets.add")?.args).toEqual(["Rapportkoll"]);
    const values = written(ranges(mock, id), "values");
    // Two blocks → two value writes, each the block's box; text that starts with "=" is written as text.
    expect(values.map((e) => e.args)).toEqual([
      [0, 0, 1, 4],
      [2, 0, 3, 4],
    ]);
    expect(values[0].result?.values).toEqual([["Rapportkoll – Kommunstyrelsen 2019", "", "", ""]]);
    expect(values[1].result?.values).toEqual([
      ["Verksamhet", "Bokslut", "Budget", "Status"],
      ["HR-staben", 49159, 50000, 1],
      ["Summa", -841, "'=inte en formel", -1],
    ]);
    for (const v of values) {
      const rows = v.result?.values as unknown[][];
      expect(rows.every((r) => Array.isArray(r) && r.length === (v.args[3] as number))).toBe(true);
    }
    expect(values[1].result?.numberFormat).toEqual([
      ["General", "General", "General", "General"],
      ["General", "#,##0", "#,##0", "General"],
      ["General", "#,##0", "General", "General"],
    ]);

    const whole = ranges(mock, id)[0].result as OfficeMockObject;
    expect(whole.format.font.name).toBe("Arial");
    expect(whole.format.font.size).toBe(10);
    const widths = ranges(mock, id, "getRange").filter((e) => e.result?.format.columnWidth !== undefined);
    expect(widths.map((e) => [e.args[0], e.result?.format.columnWidth])).toEqual([
      ["A:A", charsToPoints(30)],
      ["B:B", charsToPoints(12)],
      ["C:C", charsToPoints(12)],
      ["D:D", charsToPoints(8)],
    ]);
    expect(mock.log.filter((e) => e.op === "merge").map((e) => e.args)).toEqual([[0, 0, 1, 4, false]]);

    // Styles land on runs of equal style: the title bold 14, the negative sum red with a top border.
    const title = ranges(mock, id).find((e) => e.result?.format.font.size === 14);
    expect(title?.args).toEqual([0, 0, 1, 1]);
    expect(title?.result?.format.font.bold).toBe(true);
    const negative = ranges(mock, id).find((e) => e.result?.format.font.color === "#C00000");
    expect(negative?.args).toEqual([4, 1, 1, 1]);
    expect(negative?.result?.format.borders.EdgeTop).toMatchObject({ style: "Continuous", weight: "Thin" });
  });

  it("adds an Excel table, a traffic-light icon set and a link with documentReference", async () => {
    const mock = createExcelMock([driftGrid()]);
    await mock.port.insertReport(testSpec());
    const id = reportId(mock);

    const tables = mock.log.filter((e) => e.op === "tables.add");
    expect(tables.map((e) => [e.sheetId, ...e.args])).toEqual([[id, "A3:D5", true]]);
    expect(tables[0].result).toMatchObject({ name: "Driftsammandrag", style: "TableStyleLight9" });

    const icons = mock.log.filter((e) => e.op === "conditionalFormats.add");
    expect(icons.map((e) => [e.sheetId, ...e.args])).toEqual([[id, "IconSet", 3, 3, 2, 1]]);
    expect(icons[0].result?.iconSet).toMatchObject({
      style: "ThreeTrafficLights1",
      showIconOnly: true,
      criteria: [{}, { type: "Number", operator: "GreaterThanOrEqual", formula: "=0" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "=1" }],
    });

    const links = written(ranges(mock, id), "hyperlink");
    expect(links.map((e) => e.args)).toEqual([[3, 0, 1, 1]]);
    expect(links[0].result?.hyperlink).toEqual({ documentReference: "'Drift'!B5", textToDisplay: "HR-staben" });

    // The sheet is recorded by id (the marker), then activated with A1 selected.
    expect(mock.settings.get(REPORT_MARKER_KEY)).toEqual({ id, name: "Rapportkoll" });
    expect(mock.log.filter((e) => e.op === "activate").map((e) => e.sheetId)).toEqual([id]);
    expect(mock.sheetNames()).toEqual(["Drift", "Rapportkoll"]);
  });
});

describe("re-inserting replaces, never duplicates, and leaves other sheets alone", () => {
  it("deletes its earlier sheet found by the marker and leaves a user's sheet named Rapportkoll alone", async () => {
    const user = { ...goalsGrid(), name: "Rapportkoll" };
    const mock = createExcelMock([driftGrid(), user]);
    const [driftId, userId] = mock.sheets.map((s) => s.id);

    const first = await mock.port.insertReport(testSpec());
    expect(first.sheetName).toBe("Rapportkoll (2)");
    const firstId = reportId(mock, 0);

    const sync = jest.spyOn(mock.context, "sync");
    const second = await mock.port.insertReport(testSpec());
    expect(second.sheetName).toBe("Rapportkoll (2)");
    expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
    const secondId = reportId(mock, 1);
    expect(secondId).not.toBe(firstId);

    // Exactly one delete: the add-in's earlier sheet, not the user's look-alike.
    expect(mock.log.filter((e) => e.op === "delete").map((e) => e.sheetId)).toEqual([firstId]);
    expect(mock.sheetNames()).toEqual(["Drift", "Rapportkoll", "Rapportkoll (2)"]);
    expect(mock.live().map((s) => s.id)).toEqual([driftId, userId, secondId]);
    expect(mock.settings.get(REPORT_MARKER_KEY)).toEqual({ id: secondId, name: "Rapportkoll (2)" });
    // The earlier report's table name is free again and goes to the new table.
    expect(mock.log.filter((e) => e.op === "tables.add").map((e) => e.result?.name)).toEqual(["Driftsammandrag", "Driftsammandrag"]);
  });

  it("finds its sheet by the marker even when the user renamed it", async () => {
    const mock = createExcelMock([driftGrid()]);
    await mock.port.insertReport(testSpec());
    const firstId = reportId(mock, 0);
    mock.sheets.find((s) => s.id === firstId)!.mock.name = "Min kopia";
    await mock.port.insertReport(testSpec());
    expect(mock.log.filter((e) => e.op === "delete").map((e) => e.sheetId)).toEqual([firstId]);
    expect(mock.sheetNames()).toEqual(["Drift", "Rapportkoll"]);
  });

  it("makes no call on any other sheet: no range, table, format, delete or rename", async () => {
    const mock = createExcelMock([driftGrid(), goalsGrid(), { ...goalsGrid(), name: "Rapportkoll" }]);
    const others = mock.sheets.map((s) => s.id);
    const before = mock.sheetNames();
    await mock.port.insertReport(testSpec());
    await mock.port.insertReport(testSpec());

    const onOthers = mock.log.filter((e) => others.includes(e.sheetId));
    expect(onOthers).toEqual([]);
    expect(mock.sheetNames().slice(0, 3)).toEqual(before);
    for (const s of mock.sheets.slice(0, 3)) {
      expect(s.deleted).toBe(false);
      expect(s.tables).toEqual([]);
    }
    // Every write went to the add-in's own sheets.
    const ours = mock.log.filter((e) => e.op === "worksheets.add").map((e) => e.sheetId);
    expect(mock.log.filter((e) => e.sheetId !== "").every((e) => ours.includes(e.sheetId))).toBe(true);
  });
});

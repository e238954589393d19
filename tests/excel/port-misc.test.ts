import { SETTINGS_KEY } from "../../src/excel/office-workbook";
import { driftGrid, goalsGrid, setup } from "./fixtures";

describe("OfficeWorkbookPort: selection, settings, name", () => {
  it("activates the sheet and selects every range on it (ExcelApi 1.9)", async () => {
    const { port, state } = setup([driftGrid(), goalsGrid()]);
    await port.selectCells("Mål", ["B2", "'Mål'!A2:A3", "Drift!C7"]);
    expect(state.activeSheetId).toBe(state.sheets[1].id);
    expect(state.selection).toEqual({ sheet: "Mål", address: "B2,A2:A3" });
    expect(state.syncCount).toBe(1);
  });

  it("selects only the first range when getRanges is unsupported (ExcelApi 1.7)", async () => {
    const { port, state } = setup([driftGrid()], { apiVersion: "1.7" });
    await port.selectCells("Drift", ["C7", "C5:C6"]);
    expect(state.selection).toEqual({ sheet: "Drift", address: "C7" });
  });

  it("stores settings in the workbook and reads them back; undefined when absent", async () => {
    const { port, state } = setup([driftGrid()]);
    expect(await port.loadSettings()).toBeUndefined();
    const config = { rounding: { perRow: 1 }, sheets: { Drift: { kind: "drift" } } };
    await port.saveSettings(config);
    expect(state.settings.get(SETTINGS_KEY)).toEqual(config);
    expect(await port.loadSettings()).toEqual(config);
  });

  it("returns the workbook's file name", async () => {
    const { port } = setup([driftGrid()], { workbookName: "KS 2019.xlsx" });
    expect(await port.workbookName()).toBe("KS 2019.xlsx");
  });
});

describe("fake Excel load/sync semantics", () => {
  it("throws on a property read before load and sync, like Office.js", async () => {
    const { Excel } = setup([driftGrid()]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Drift");
      expect(() => ws.name).toThrow(/PropertyNotLoaded|not available/);
      ws.load("name");
      expect(() => ws.name).toThrow();
      await context.sync();
      expect(ws.name).toBe("Drift");
    });
  });
});

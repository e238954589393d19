import { PortError } from "../../../src/excel/port";
import { driftGrid, goalsGrid, testSpec } from "../fixtures";
import { createExcelMock, failSyncAt } from "./excel-mock";

/** Office errors reach the pane as PortErrors with our Swedish text; the workbook is left as it was. */

const CASES: Array<[code: string, sv: RegExp]> = [
  ["AccessDenied", /skyddad/],
  ["InvalidOperationInCellEditMode", /Excel redigerar en cell just nu/],
  ["RequestPayloadSizeLimitExceeded", /för stor.*5 MB/],
  ["ApiNotFound", /versionen av Excel saknar en funktion.*ExcelApi 1\.7/],
];

describe("Office error mapping with office-addin-mock", () => {
  it.each(CASES)("a sync failing with %s while reading becomes a PortError with a Swedish message", async (code, sv) => {
    const mock = createExcelMock([driftGrid(), goalsGrid()]);
    // Sync 3 reads the contents; the adapter retries it once without merged areas, so the condition lasts two syncs.
    const sync = failSyncAt(mock.context, 3, code, 2);
    const err = await mock.port.readGrids().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err).toMatchObject({ code, name: "PortError" });
    expect((err as PortError).messageSv).toMatch(sv);
    expect((err as PortError).message).toBe((err as PortError).messageSv);
    expect((err as PortError).messageEn).not.toBe((err as PortError).messageSv);
    expect(sync).toHaveBeenCalledTimes(4);
  });

  it.each(CASES)("a sync failing with %s while writing the report leaves the workbook as it was", async (code, sv) => {
    const mock = createExcelMock([driftGrid(), goalsGrid()]);
    // Sync 2 is the one that writes the new sheet.
    failSyncAt(mock.context, 2, code);
    const err = await mock.port.insertReport(testSpec()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code });
    expect((err as PortError).messageSv).toMatch(sv);
    // The half-written sheet was removed again; nothing else was touched.
    const added = mock.log.filter((e) => e.op === "worksheets.add").map((e) => e.sheetId);
    expect(mock.log.filter((e) => e.op === "delete").map((e) => e.sheetId)).toEqual(added);
    expect(mock.sheetNames()).toEqual(["Drift", "Mål"]);
    expect(mock.log.filter((e) => mock.sheets.slice(0, 2).some((s) => s.id === e.sheetId))).toEqual([]);
    expect(mock.settings.size).toBe(0);
  });

  it("maps Office's codes for an unsupported call to the same message as ApiNotFound", async () => {
    const mock = createExcelMock([driftGrid()]);
    failSyncAt(mock.context, 1, "NotImplemented");
    await expect(mock.port.readGrids()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("says the Excel version is too old without calling Excel when ExcelApi 1.7 is missing", async () => {
    const mock = createExcelMock([driftGrid()], { apiVersion: "1.6" });
    const sync = jest.spyOn(mock.context, "sync");
    const err = await mock.port.insertReport(testSpec()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "ApiNotFound" });
    expect((err as PortError).messageSv).toMatch(/ExcelApi 1\.7/);
    expect(sync).not.toHaveBeenCalled();
    expect(mock.log).toEqual([]);
  });

  it("refuses a workbook whose structure is protected before adding a sheet", async () => {
    const mock = createExcelMock([driftGrid()], { structureProtected: true });
    const sync = jest.spyOn(mock.context, "sync");
    const err = await mock.port.insertReport(testSpec()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AccessDenied" });
    expect((err as PortError).messageSv).toMatch(/struktur är skyddad/);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.log.filter((e) => e.op === "worksheets.add")).toEqual([]);
  });
});

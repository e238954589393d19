import { toPortError } from "../../src/excel/errors";
import { PortError } from "../../src/excel/port";
import { FakeOfficeError } from "../support/fake-excel";
import { driftGrid, setup } from "./fixtures";

describe("Office error mapping", () => {
  it.each([
    ["AccessDenied", "AccessDenied", /skydd/],
    ["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode", /redigerar en cell/],
    ["RequestPayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", /5 MB/],
    ["ApiNotFound", "ApiNotFound", /versionen av Excel/],
    ["NotImplemented", "ApiNotFound", /versionen av Excel/],
    ["UnsupportedFeature", "ApiNotFound", /versionen av Excel/],
    ["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", /5 MB/],
    ["ItemNotFound", "ItemNotFound", /finns inte längre/],
    ["GeneralException", "GeneralException", /kunde inte utföra/],
    ["SomethingNew", "SomethingNew", /kunde inte utföra.*SomethingNew/],
  ])("maps %s to %s with a Swedish and an English message", (code, expected, sv) => {
    const e = toPortError(new FakeOfficeError(code, "Office's own text"));
    expect(e).toBeInstanceOf(PortError);
    expect(e.code).toBe(expected);
    expect(e.messageSv).toMatch(sv);
    expect(e.message).toBe(e.messageSv);
    expect(e.messageEn).not.toBe(e.messageSv);
    expect(e.messageEn.length).toBeGreaterThan(20);
  });

  it("maps an error without a code to GeneralException and keeps a PortError as it is", () => {
    expect(toPortError(new TypeError("x is undefined")).code).toBe("GeneralException");
    const own = new PortError("AccessDenied", "sv", "en");
    expect(toPortError(own)).toBe(own);
  });

  it.each(["InvalidOperationInCellEditMode", "AccessDenied", "ItemNotFound", "GeneralException"])(
    "a failing sync with %s reaches the pane as a PortError and the workbook is unchanged",
    async (code) => {
      const { port, state } = setup([driftGrid()]);
      state.failNextSync = code;
      const before = JSON.stringify([...state.sheets[0].cells]);
      await expect(port.insertReport({ sheetName: "R", language: "sv", columnWidths: [], blocks: [], styles: {} as never, font: { name: "Arial", size: 10 } })).rejects.toMatchObject({
        code,
      });
      expect(state.sheets.map((s) => s.name)).toEqual(["Drift"]);
      expect(JSON.stringify([...state.sheets[0].cells])).toBe(before);
    },
  );

  it("says the Excel version is too old when ExcelApi 1.7 is missing, without calling Excel", async () => {
    const { port, state } = setup([driftGrid()], { apiVersion: "1.6" });
    await expect(port.readGrids()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(state.syncCount).toBe(0);
  });

  it("names a missing sheet when selecting", async () => {
    const { port } = setup([driftGrid()]);
    await expect(port.selectCells("Finns inte", ["A1"])).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

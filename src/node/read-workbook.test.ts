import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { gridFromRows, Grid } from "../domain/grid";
import { readWorkbookBuffer, readWorkbookFile, sniffFormat, WorkbookReadError } from "./read-workbook";
import { writeGridsBuffer } from "./write-grids";

async function viaExcelJS(build: (wb: ExcelJS.Workbook) => void): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readWorkbookBuffer(buf, "test.xlsx");
}

describe("readWorkbook: values", () => {
  let grid: Grid;
  beforeAll(async () => {
    [grid] = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet("Drift");
      ws.getCell("A1").value = "Verksamhet";
      ws.getCell("B2").value = 49159;
      ws.getCell("C2").value = -4935.5;
      ws.getCell("D2").value = "1 234";
      ws.getCell("E2").value = true;
      ws.getCell("F2").value = { error: "#REF!" };
      ws.getCell("G2").value = { richText: [{ text: "Summa " }, { text: "staber", font: { bold: true } }] };
      ws.getCell("H2").value = new Date(Date.UTC(2019, 11, 31));
      ws.getCell("I2").value = { text: "Länk", hyperlink: "https://example.org" };
    });
  });
  const cases: [string, number, number, unknown][] = [
    ["text", 0, 0, "Verksamhet"],
    ["number", 1, 1, 49159],
    ["negative decimal", 1, 2, -4935.5],
    ["number stored as text stays text", 1, 3, "1 234"],
    ["boolean", 1, 4, true],
    ["error value", 1, 5, { error: "#REF!" }],
    ["rich text joined", 1, 6, "Summa staber"],
    ["date as ISO date", 1, 7, "2019-12-31"],
    ["hyperlink text", 1, 8, "Länk"],
  ];
  it.each(cases)("%s", (_name, r, c, expected) => {
    expect(grid.cells[r]?.[c]?.value).toEqual(expected);
  });
  it("addresses are absolute: the empty A2 stays empty and row 1 has nothing past A", () => {
    expect(grid.cells[1]?.[0]).toBeUndefined();
    expect(grid.cells[0]?.length).toBe(1);
  });
});

describe("readWorkbook: formulas", () => {
  let grid: Grid;
  beforeAll(async () => {
    [grid] = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet("F");
      ws.getCell("A1").value = 5;
      ws.getCell("A2").value = -5;
      ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 0 };
      ws.getCell("B1").value = { formula: "A1*2", result: 10 };
      ws.getCell("B2").value = { sharedFormula: "B1", result: -10 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("C1").value = { formula: "#REF!+1", result: { error: "#REF!" } };
      ws.getCell("D1").value = { formula: "=A1" } as ExcelJS.CellFormulaValue;
    });
  });
  it("keeps the formula without '=' and a cached result of 0", () => {
    expect(grid.cells[2]?.[0]).toEqual({ value: 0, formula: "SUM(A1:A2)" });
  });
  it("reads a formula with its cached result", () => {
    expect(grid.cells[0]?.[1]).toEqual({ value: 10, formula: "A1*2" });
  });
  it("translates a shared formula to its own cell", () => {
    expect(grid.cells[1]?.[1]).toEqual({ value: -10, formula: "A2*2" });
  });
  it("a formula whose result is an error value", () => {
    expect(grid.cells[0]?.[2]?.value).toEqual({ error: "#REF!" });
  });
  it("a formula without a cached result reads as blank with its formula", () => {
    expect(grid.cells[0]?.[3]).toEqual({ value: null, formula: "A1" });
  });
});

describe("readWorkbook: formats, fills, hidden rows, merges, visibility", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await viaExcelJS((wb) => {
      const ws = wb.addWorksheet("Mål");
      ws.getCell("A1").value = "Nämndmål";
      ws.mergeCells("A1:C2");
      ws.getCell("B4").value = 1234567;
      ws.getCell("B4").numFmt = "#,##0";
      ws.getCell("C4").value = 0.031;
      ws.getCell("C4").numFmt = "0.0%";
      ws.getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00b050" } };
      ws.getCell("E4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
      ws.getCell("E4").value = "Delvis";
      ws.getCell("A5").value = "dold";
      ws.getRow(5).hidden = true;
      ws.getRow(7).hidden = true;
      ws.getCell("A7").value = "också dold";
      wb.addWorksheet("Gömt", { state: "hidden" }).getCell("A1").value = 1;
    });
  });
  it("number formats", () => {
    expect(grids[0].cells[3]?.[1]?.numberFormat).toBe("#,##0");
    expect(grids[0].cells[3]?.[2]?.numberFormat).toBe("0.0%");
  });
  it("solid fills as 6-digit uppercase RGB, also on an empty cell", () => {
    expect(grids[0].cells[3]?.[3]).toEqual({ value: null, fill: "00B050" });
    expect(grids[0].cells[3]?.[4]).toEqual({ value: "Delvis", fill: "FFC000" });
  });
  it("hidden rows, 0-based", () => {
    expect(grids[0].hiddenRows).toEqual([4, 6]);
  });
  it("merges, with the covered cells empty", () => {
    expect(grids[0].merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect(grids[0].cells[0]?.[1]).toBeUndefined();
  });
  it("sheet visibility and order", () => {
    expect(grids.map((g) => [g.name, g.visible])).toEqual([
      ["Mål", true],
      ["Gömt", false],
    ]);
  });
});

describe("writeGrids → readWorkbook round trip", () => {
  it("reads back what was written", async () => {
    const grid = gridFromRows(
      "Drift",
      [
        ["Driftsammandrag"],
        [undefined, "Bokslut", "Budget"],
        ["HR-staben", 49159, { value: 50000, numberFormat: "#,##0" }],
        ["Ekonomistaben", 0, 12],
        ["Summa", { value: 49159, formula: "SUM(B3:B4)" }, { value: { error: "#REF!" }, formula: "SUM(#REF!)" }],
        ["Status", { value: "Uppfyllt", fill: "00B050" }],
      ],
      { hiddenRows: [3], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    );
    const [back] = await readWorkbookBuffer(await writeGridsBuffer([grid], { styles: { Drift: { defaultNumberFormat: "#,##0" } } }));
    expect(back.cells[4]?.[1]).toEqual({ value: 49159, formula: "SUM(B3:B4)", numberFormat: "#,##0" });
    expect(back.cells[4]?.[2]).toEqual({ value: { error: "#REF!" }, formula: "SUM(#REF!)" });
    expect(back.cells[3]?.[1]).toEqual({ value: 0, numberFormat: "#,##0" });
    expect(back.cells[5]?.[1]).toEqual({ value: "Uppfyllt", fill: "00B050" });
    expect(back.hiddenRows).toEqual([3]);
    expect(back.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });
});

describe("unreadable files get a Swedish message, never a stack trace", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "rk-read-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const cfbHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: [string, Buffer, RegExp][] = [
    ["a text file", Buffer.from("Verksamhet;Bokslut\nHR;1\n"), /inte en Excel-arbetsbok/],
    ["an empty file", Buffer.alloc(0), /är tom/],
    ["a corrupt zip", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), /skadad/],
    ["an encrypted xlsx", Buffer.concat([cfbHeader, Buffer.alloc(100), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(100)]), /lösenordsskyddad/],
    ["a legacy xls", Buffer.concat([cfbHeader, Buffer.alloc(100), Buffer.from("Workbook", "utf16le")]), /\.xls/],
  ];
  it.each(cases)("%s", async (_name, bytes, message) => {
    const file = path.join(dir, "fil.xlsx");
    await fs.writeFile(file, bytes);
    const err = await readWorkbookFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).sv).toMatch(message);
    expect((err as WorkbookReadError).sv).toContain("fil.xlsx");
  });
  it("a missing file", async () => {
    const err = await readWorkbookFile(path.join(dir, "saknas.xlsx")).catch((e: unknown) => e);
    expect((err as WorkbookReadError).sv).toMatch(/finns inte/);
  });
  it("sniffs the formats", () => {
    expect(sniffFormat(Buffer.from("PK\u0003\u0004rest"))).toBe("xlsx");
    expect(sniffFormat(cfbHeader)).toBe("xls");
  });
});

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renderReportWorkbook, writeReportFile, ExcelJsReportRenderer, hyperlinkFormula } from "../../src/node/report";
import { buildReport } from "../../src/report/build";
import { REPORT_COLORS, REPORT_FONT } from "../../src/report/styles";
import { handResult } from "./hand-result";

const OPTS = {
  workbookName: "kommunstyrelsen-2019.xlsx",
  language: "sv" as const,
  date: "2020-02-14",
};

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-report-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeAndRead(file: string, opts = OPTS): Promise<ExcelJS.Worksheet> {
  const out = path.join(dir, file);
  await writeReportFile(handResult(), opts, out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.worksheets[0];
}

/** Finds the cell in column `col` (1-based) whose text starts with `text`. */
function findRow(ws: ExcelJS.Worksheet, text: string, col = 1): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    const v = row.getCell(col).value;
    if (!found && typeof v === "string" && v.trim().startsWith(text)) found = row;
  });
  if (!found) throw new Error(`no row starting with ${text}`);
  return found;
}
function headerCol(row: ExcelJS.Row, header: string): number {
  let col = -1;
  row.eachCell((c, n) => {
    if (c.value === header && col < 0) col = n;
  });
  return col;
}

describe("the written report workbook, read back with ExcelJS", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await writeAndRead("rapport.xlsx");
  });

  it("names the sheet and writes the heading", () => {
    expect(ws.name).toBe("Rapportkoll");
    expect(ws.getCell("A1").value).toBe("Rapportkoll – kommunstyrelsen-2019.xlsx");
    expect(String(ws.getCell("A2").value)).toContain("2020-02-14");
  });

  it("writes amounts as numbers with number formats, and bold sum rows that keep the font", () => {
    const header = findRow(ws, "Verksamhet");
    const actual = headerCol(header, "Bokslut 2019");
    const pct = headerCol(header, "Avvikelse % av budget");
    const hr = findRow(ws, "HR-staben");
    expect(hr.getCell(actual).value).toBe(49159);
    expect(hr.getCell(actual).numFmt).toBe("#,##0");
    expect(hr.getCell(pct).numFmt).toBe("0.0%");
    expect(hr.getCell(pct).value).toBeCloseTo(-4935 / 44224, 10);
    const sum = findRow(ws, "Kommunstyrelsen nettokostnader");
    const budgetCell = sum.getCell(actual + 1);
    expect(budgetCell.font).toMatchObject({
      bold: true,
      name: REPORT_FONT.name,
      size: REPORT_FONT.size,
    });
    expect(budgetCell.border?.top?.style).toBe("thin");
    expect(sum.getCell(1).font).toMatchObject({ bold: true, name: REPORT_FONT.name });
  });

  it("paints negative deviations red and fills flagged cells", () => {
    const header = findRow(ws, "Verksamhet");
    const dev = headerCol(header, "Avvikelse");
    const hr = findRow(ws, "HR-staben");
    expect(hr.getCell(dev).font?.color?.argb).toBe(`FF${REPORT_COLORS.negative}`);
    const sum = findRow(ws, "Kommunstyrelsen nettokostnader");
    const flagged = sum.getCell(headerCol(header, "Bokslut 2019"));
    expect(flagged.fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${REPORT_COLORS.flaggedFill}` },
    });
    expect(String(flagged.note)).toContain("Kontrollresultat nr 1");
    expect(sum.getCell(headerCol(header, "Not")).value).toBe("1, 2");
    expect(hr.getCell(dev).fill?.type === "pattern" && (hr.getCell(dev).fill as ExcelJS.FillPattern).pattern === "solid").toBe(false);
  });

  it("writes status words on their fills", () => {
    const goal = findRow(ws, "Medarbetare");
    // The stated Uppfyllt is contradicted: its own word and colours, marked with ⚠.
    expect(goal.getCell(3).value).toBe("⚠ Uppfyllt");
    expect(goal.getCell(3).font?.color?.argb).toBe(`FF${REPORT_COLORS.greenText}`);
    expect(goal.getCell(3).fill).toMatchObject({
      fgColor: { argb: `FF${REPORT_COLORS.greenFill}` },
    });
    expect(goal.getCell(4).value).toBe("Delvis uppfyllt");
    expect(goal.getCell(4).fill).toMatchObject({
      fgColor: { argb: `FF${REPORT_COLORS.yellowFill}` },
    });
    expect(goal.getCell(6).value).toBe("⚠ Motsägs");
    const grey = findRow(ws, "God finansiell ställning", 2);
    expect(grey.getCell(4).value).toBe("Ej bedömd");
    expect(grey.getCell(4).fill).toMatchObject({
      fgColor: { argb: `FF${REPORT_COLORS.greyFill}` },
    });
  });

  it("declares the flat lists as Excel tables", () => {
    const spec = buildReport(handResult(), { ...OPTS });
    // Read back, ExcelJS keeps the parsed model (with `tableRef`) on `table`.
    type ReadTable = { name: string; tableRef: string; columns: { name: string }[] };
    const tables = ws.getTables().map((t) => (t as unknown as { table: ReadTable }).table);
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const b of spec.blocks.filter((x) => x.table)) {
      const t = byName.get(b.table!.name);
      expect(t).toBeDefined();
      const r = b.table!.range;
      expect(t?.tableRef).toBe(`${ws.getCell(r.top + 1, r.left + 1).address}:${ws.getCell(r.bottom + 1, r.right + 1).address}`);
      expect(t?.columns.map((c) => c.name)).toEqual(b.rows[b.table!.range.top - b.top].map((c) => String(c?.value)));
    }
    expect([...byName.keys()].sort()).toEqual(["Kontrollresultat", "Namndindikatorer"]);
  });

  it("puts a traffic-light icon set, icons only, on the numeric status column", () => {
    const cfs = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: ExcelJS.IconSetRuleType[] }[];
      }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    const rule = cfs[0].rules[0];
    expect(rule).toMatchObject({ type: "iconSet", iconSet: "3TrafficLights1", showValue: false });
    expect(rule.cfvo?.slice(1)).toEqual([
      { type: "num", value: 0 },
      { type: "num", value: 1 },
    ]);
    const header = findRow(ws, "Nämndmål");
    const statusCol = headerCol(header, "Status");
    const [from, to] = cfs[0].ref.split(":");
    expect(ws.getCell(from).col).toBe(statusCol);
    expect(ws.getCell(from).row).toBe(Number(header.number) + 1);
    expect(ws.getCell(to).row).toBe(Number(header.number) + 4);
    expect(ws.getCell(from).value).toBe(-1);
  });

  it("links each finding's cell into the checked workbook with a HYPERLINK formula", () => {
    const row = findRow(ws, "Fel", 4);
    const cell = row.getCell(6);
    expect(cell.value).toMatchObject({
      formula: `HYPERLINK("[kommunstyrelsen-2019.xlsx]'Drift'!B13","B13")`,
    });
    expect((cell.value as ExcelJS.CellFormulaValue).result).toBe("B13");
    expect(cell.font?.underline).toBeTruthy();
  });

  it("writes the drafted sentences with correct rounding", () => {
    expect(findRow(ws, "HR-staben", 1).getCell(1).value).toBe("HR-staben");
    const sentences: string[] = [];
    ws.eachRow((r) => {
      const v = r.getCell(3).value;
      if (typeof v === "string" && /skott på/.test(v)) sentences.push(v);
    });
    expect(sentences).toContain("HR-staben visar ett underskott på −4,9 mnkr (−11,2 % av budget). Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    expect(sentences).toContain("Leanlink visar ett underskott på −25,2 mnkr mot en budget på 0 kr. Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    // A sentence that fits on one line leaves its row alone; a header that wraps ("Avvikelse % av budget") gets two lines.
    expect(findRow(ws, "Leanlink visar", 3).height).toBeUndefined();
    expect(findRow(ws, "Verksamhet").height).toBeGreaterThan(20);
  });
});

async function entries(buf: ArrayBuffer | Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.files[name].async("string"));
  return out;
}

describe("determinism and safety", () => {
  it("gives the same file content twice, and a new date only changes the date", async () => {
    const a = await entries(await (await renderReportWorkbook(handResult(), OPTS)).xlsx.writeBuffer());
    const b = await entries(await (await renderReportWorkbook(handResult(), OPTS)).xlsx.writeBuffer());
    expect(b).toEqual(a);
    const c = await entries(await (await renderReportWorkbook(handResult(), { ...OPTS, date: "2021-06-30" })).xlsx.writeBuffer());
    const changed = [...c.keys()].filter((k) => c.get(k) !== a.get(k));
    expect(changed.sort()).toEqual(["docProps/core.xml", "xl/sharedStrings.xml"]);
    expect(a.get("docProps/core.xml")).toContain("2020-02-14");
    const strip = (s: string | undefined) => (s ?? "").replace(/2020-02-14|2021-06-30/g, "DATE");
    expect(strip(c.get("xl/sharedStrings.xml"))).toBe(strip(a.get("xl/sharedStrings.xml")));
  });

  it("never overwrites the checked workbook and writes into a new folder", async () => {
    const src = path.join(dir, "kalla.xlsx");
    fs.writeFileSync(src, "original");
    await expect(writeReportFile(handResult(), { ...OPTS, sourcePath: src }, src)).rejects.toThrow(/skrivas över/);
    expect(fs.readFileSync(src, "utf8")).toBe("original");
    const out = path.join(dir, "ny", "rapport.xlsx");
    await writeReportFile(handResult(), { ...OPTS, sourcePath: src }, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const row = findRow(wb.worksheets[0], "Fel", 4);
    expect((row.getCell(6).value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("[../kalla.xlsx]'Drift'!B13","B13")`);
  });

  it("picks another sheet name when the workbook has one, and links inside the workbook by default", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Rapportkoll");
    const { sheetName } = await new ExcelJsReportRenderer().render(buildReport(handResult(), OPTS), wb);
    expect(sheetName).toBe("Rapportkoll 2");
    expect(hyperlinkFormula("Drift 2019", "B4")).toBe(`HYPERLINK("#'Drift 2019'!B4","B4")`);
    expect(hyperlinkFormula("Kim's", "B4")).toBe(`HYPERLINK("#'Kim''s'!B4","B4")`);
  });
});

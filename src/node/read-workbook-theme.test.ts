import ExcelJS from "exceljs";
import { checkWorkbook } from "../domain/engine";
import type { Grid } from "../domain/grid";
import { OFFICE_THEME } from "./fill-colors";
import { readWorkbookBuffer } from "./read-workbook";

/** ExcelJS keeps the theme parts as raw XML in a private field. */
type WithThemes = { _themes?: Record<string, string> };

const GREEN_LIGHTER_40 = 0.3999755851924192;

function fillWith(color: Partial<ExcelJS.Color> & { theme?: number; tint?: number; indexed?: number }): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: color as ExcelJS.Color };
}

async function goalsWorkbook(themeXml?: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  if (themeXml) (wb as unknown as WithThemes)._themes = { theme1: themeXml };
  const ws = wb.addWorksheet("Mål");
  ws.addRow(["Nämndmål", "Bedömning"]);
  ws.addRow(["Giftfri miljö", null]);
  ws.addRow(["Klimat", null]);
  ws.addRow(["Inköp", null]);
  ws.addRow(["Trygghet", null]);
  ws.getCell("B2").fill = fillWith({ theme: 9 }); // accent 6
  ws.getCell("B3").fill = fillWith({ theme: 7 }); // accent 4
  ws.getCell("B4").fill = fillWith({ indexed: 10 }); // palette red
  ws.getCell("B5").fill = fillWith({ theme: 9, tint: GREEN_LIGHTER_40 });
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return readWorkbookBuffer(buf, "mal.xlsx");
}

/** The theme part ExcelJS writes by default (Office 2007 colours), read back from a saved file. */
async function exceljsThemeXml(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A");
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  const xml = (again as unknown as WithThemes)._themes?.theme1;
  if (!xml) throw new Error("ExcelJS kept no theme");
  return xml;
}

/** The Office 2013–2022 theme: ExcelJS's theme part with its accents set to today's Office colours. */
async function officeThemeXml(): Promise<string> {
  const xml = await exceljsThemeXml();
  return xml.replace(/<a:(accent\d)>\s*<a:srgbClr val="[0-9A-F]{6}"\/>/g, (_m, slot: string) => {
    const hex = OFFICE_THEME[slot as keyof typeof OFFICE_THEME];
    return `<a:${slot}> <a:srgbClr val="${hex}"/>`;
  });
}

const fillsOf = (g: Grid) => [1, 2, 3, 4].map((r) => g.cells[r]?.[1]?.fill);

describe("readWorkbook: theme and palette fills", () => {
  it("resolves theme colours against the file's own theme (ExcelJS writes Office 2007's: accent 6 orange, accent 4 purple)", async () => {
    const [g] = await goalsWorkbook();
    const [green, yellow, red, tinted] = fillsOf(g);
    expect([green, yellow, red]).toEqual(["F79646", "8064A2", "FF0000"]);
    expect(tinted).toMatch(/^[0-9A-F]{6}$/);
    expect(tinted).not.toBe("F79646");
  });

  it("green accent 6 (plain and lighter 40%), yellow accent 4 and red are statuses the goals reader picks up", async () => {
    const [g] = await goalsWorkbook(await officeThemeXml());
    const fills = fillsOf(g);
    expect(fills.slice(0, 3)).toEqual(["70AD47", "FFC000", "FF0000"]);
    // Excel's swatch for Green, Accent 6, Lighter 40% is A9D08E; we compute it within 1 of 255 per channel.
    expect(fills[3]).toMatch(/^A9D[01]8E$/);
    const goals = checkWorkbook([g]).goals;
    expect(goals.map((x) => [x.goal, x.stated])).toEqual([
      ["Giftfri miljö", "uppfyllt"],
      ["Klimat", "delvis"],
      ["Inköp", "ej-uppfyllt"],
      ["Trygghet", "uppfyllt"],
    ]);
  });
});

import { gridFromRows, type Grid } from "../../src/domain/grid";
import type { ReportSpec, StyleDef, StyleName } from "../../src/report/spec";
import { createFakeExcel, type FakeExcelOptions } from "../support/fake-excel";
import { OfficeWorkbookPort } from "../../src/excel/office-workbook";
import { officeEnv } from "../../src/excel/office-env";

/** A small driftsammandrag starting at B3 (row 2, col 1), with a hidden row, a merged header and a formula. */
export function driftGrid(): Grid {
  const u = undefined;
  return gridFromRows(
    "Drift",
    [
      [],
      [],
      [u, "Driftsammandrag (tkr)", u, u],
      [u, "Verksamhet", "Bokslut 2019", "Budget 2019"],
      [u, "HR-staben", { value: 49159, numberFormat: "#,##0" }, { value: 50000, numberFormat: "#,##0" }],
      [u, "Ekonomistaben", { value: 31000, numberFormat: "#,##0" }, { value: 30000, numberFormat: "#,##0" }],
      [u, "Summa", { value: 80159, formula: "SUM(C5:C6)", numberFormat: "#,##0" }, { value: { error: "#REF!" }, formula: "SUM(#REF!)" }],
    ],
    { hiddenRows: [5], merges: [{ top: 2, left: 1, bottom: 2, right: 3 }] },
  );
}

export function goalsGrid(): Grid {
  return gridFromRows("Mål", [
    ["Mål", "Status"],
    ["Nöjda medborgare", { value: null, fill: "00B050" }],
    ["Ekonomi i balans", "Delvis uppfyllt"],
  ]);
}

export function plainGrid(name: string, rows = 3, cols = 3): Grid {
  return gridFromRows(
    name,
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r === 0 ? `${name} ${c}` : r * 100 + c))),
  );
}

export function setup(grids: Grid[], options: FakeExcelOptions = {}, port: { budgetBytes?: number } = {}) {
  const fake = createFakeExcel(grids, options);
  return { ...fake, port: new OfficeWorkbookPort(officeEnv(fake.Excel, fake.Office), port) };
}

const NAMES: StyleName[] = [
  "title", "subtitle", "summary", "blockTitle", "header", "headerRight", "text", "number", "sectionHeading", "sumRow",
  "sumRowNumber", "negative", "flagged", "footnoteRef", "statusGreen", "statusYellow", "statusRed", "statusGrey",
  "conflict", "severityError", "severityWarning", "severityInfo", "link", "note", "draft",
];

export function testStyles(): Record<StyleName, StyleDef> {
  const styles = Object.fromEntries(NAMES.map((n) => [n, {}])) as Record<StyleName, StyleDef>;
  styles.title = { bold: true, size: 14 };
  styles.header = { bold: true, fill: "DDEBF7", borderBottom: "thin" };
  styles.sumRow = { bold: true, borderTop: "thin" };
  styles.sumRowNumber = { bold: true, borderTop: "thin", align: "right" };
  styles.negative = { color: "C00000" };
  styles.link = { color: "0563C1", underline: true };
  return styles;
}

/** A report with a heading, a table with an icon set, a link and a merge. */
export function testSpec(sheetName = "Rapportkoll"): ReportSpec {
  return {
    sheetName,
    language: "sv",
    columnWidths: [30, 12, 12, 8],
    font: { name: "Arial", size: 10 },
    styles: testStyles(),
    blocks: [
      {
        id: "heading",
        top: 0,
        rows: [[{ value: "Rapportkoll – Kommunstyrelsen 2019", style: "title" }, null, null, null]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      },
      {
        id: "driftsammandrag",
        top: 2,
        rows: [
          [
            { value: "Verksamhet", style: "header" },
            { value: "Bokslut", style: "header" },
            { value: "Budget", style: "header" },
            { value: "Status", style: "header" },
          ],
          [
            { value: "HR-staben", link: { sheet: "Drift", cell: "B5" }, style: "link" },
            { value: 49159, numberFormat: "#,##0" },
            { value: 50000, numberFormat: "#,##0" },
            { value: 1 },
          ],
          [
            { value: "Summa", style: "sumRow" },
            { value: -841, numberFormat: "#,##0", styles: ["sumRowNumber", "negative"] },
            { value: "=inte en formel" },
            { value: -1 },
          ],
        ],
        table: { name: "Driftsammandrag", range: { top: 2, left: 0, bottom: 4, right: 3 }, style: "TableStyleLight9" },
        conditionalFormats: [
          { kind: "iconSet", range: { top: 3, left: 3, bottom: 4, right: 3 }, iconSet: "3TrafficLights1", greenAtLeast: 1, yellowAtLeast: 0, showIconOnly: true },
        ],
        rowHeights: [null, 30],
      },
    ],
  };
}

/**
 * What `driftGrid()` must read back as, through any Excel (the fake or office-addin-mock):
 * the used range starts at B3, so rows 0-1 and column A are padding and addresses match
 * what the user sees; a formula keeps its cached result, an error stays an error, the
 * hidden row and the merged title survive.
 */
export function expectDriftAsRead(drift: Grid): void {
  expect(drift.cells[0]).toBeUndefined();
  expect(drift.cells[1]).toBeUndefined();
  expect(drift.cells[2]?.[0]).toBeUndefined();
  expect(drift.cells[2]?.[1]).toEqual({ value: "Driftsammandrag (tkr)" });
  expect(drift.cells[3]?.[3]).toEqual({ value: "Budget 2019" });
  expect(drift.cells[4]?.[2]).toEqual({ value: 49159, numberFormat: "#,##0" });
  expect(drift.cells[6]?.[2]).toEqual({ value: 80159, formula: "SUM(C5:C6)", numberFormat: "#,##0" });
  expect(drift.cells[6]?.[3]).toEqual({ value: { error: "#REF!" }, formula: "SUM(#REF!)" });
  expect(drift.cells).toHaveLength(7);
  expect(drift.hiddenRows).toEqual([5]);
  expect(drift.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
  expect(drift.visible).toBe(true);
}

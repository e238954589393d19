import ExcelJS from "exceljs";
import type { CheckResult, Finding } from "../../src/domain";
import { renderReportWorkbook } from "../../src/node/report";
import { invalidShown } from "../../src/report/footnotes";
import { REPORT_COLORS } from "../../src/report/styles";
import { handRow, simpleDriftTable } from "./hand-result";

/**
 * The reviewer's errs.xlsx: a driftsammandrag whose cells hold #DIV/0! and
 * #N/A. The reader reads them as blank and reports invalid-value on each; the
 * report must print what stood there, flagged and footnoted, not a blank.
 * Source: A label, B Bokslut, C Budget, D Avvikelse; rows 3–6 (1-based).
 */
function invalid(cell: string, shown: string, isError: boolean): Finding {
  const what = isError ? shown : `the text "${shown}"`;
  const whatSv = isError ? shown : `texten ”${shown}”`;
  return {
    rule: "invalid-value",
    severity: "error",
    sheet: "Drift",
    cell,
    message: `Cellen ${cell} på bladet Drift innehåller ${whatSv} där ett belopp ska stå. Värdet räknas som tomt i kontrollerna.`,
    messageEn: `Cell ${cell} on sheet Drift holds ${what} where an amount belongs. It counts as blank in the checks.`,
  };
}

function result(): CheckResult {
  const table = simpleDriftTable({
    title: "Drift",
    headerRow: 1,
    rows: [handRow(2, "Stab A", "item", [100, 120, null]), handRow(3, "Stab B", "item", [null, 180, -20]), handRow(4, "Stab C", "item", [5000, 3000, null])],
  });
  return {
    sheets: [{ name: "Drift", kind: "driftsammandrag" }],
    tables: [table],
    goals: [],
    reportYear: 2023,
    findings: [invalid("D3", "#DIV/0!", true), invalid("B4", "#N/A", true), invalid("D5", "saknas", false)],
  };
}

function findRow(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (!found && r.getCell(1).value === label) found = r;
  });
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe("invalid-value cells in a financial table", () => {
  it.each([
    ["Cell D3 on sheet Drift holds #DIV/0! where an amount belongs.", "#DIV/0!"],
    ["Cell B4 on sheet Drift holds #N/A where an amount belongs. It counts as blank.", "#N/A"],
    ['Cell D5 on sheet Drift holds the text "n/a" where an amount belongs.', "n/a"],
    ["Something else entirely.", undefined],
  ])("reads the shown value back from %j", (messageEn, shown) => {
    expect(
      invalidShown({
        rule: "invalid-value",
        severity: "error",
        sheet: "Drift",
        cell: "D3",
        message: "",
        messageEn,
      }),
    ).toBe(shown);
  });

  it("prints the error text with the flagged fill and its footnote number", async () => {
    const wb = await renderReportWorkbook(result(), {
      workbookName: "errs.xlsx",
      date: "2024-02-01",
      language: "sv",
    });
    const ws = wb.worksheets[0];
    const header = findRow(ws, "Verksamhet");
    const colOf = (h: string) => {
      let n = -1;
      header.eachCell((c, i) => {
        if (c.value === h && n < 0) n = i;
      });
      return n;
    };
    const cases: [string, string, string][] = [
      ["Stab A", "Avvikelse", "#DIV/0!"],
      ["Stab B", "Bokslut 2023", "#N/A"],
      ["Stab C", "Avvikelse", "saknas"],
    ];
    const noteCol = colOf("Not");
    for (const [label, col, shown] of cases) {
      const r = findRow(ws, label);
      const c = r.getCell(colOf(col));
      expect(c.value).toBe(shown);
      expect((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(`FF${REPORT_COLORS.flaggedFill}`);
      const n = Number(/nr (\d+)/.exec(String(c.note ?? ""))?.[1]);
      expect(Number.isInteger(n) && n > 0).toBe(true);
      // The footnote column carries the same number, and that Kontrollresultat row is the invalid-value finding for this cell.
      expect(String(r.getCell(noteCol).value).split(", ").map(Number)).toContain(n);
      let rule: unknown;
      ws.eachRow((x) => {
        if (x.getCell(1).value === n && x.getCell(3).value !== null) rule = x.getCell(3).value;
      });
      expect(rule).toBe("invalid-value");
    }
  });
});

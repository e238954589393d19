import { renderReportWorkbook } from "../../src/node/report";
import { buildReport } from "../../src/report";
import { mergeStyles } from "../../src/report/styles";
import type { StyleName } from "../../src/report/spec";
import { handResult } from "./hand-result";

const OPTS = {
  workbookName: "kommunstyrelsen-2019.xlsx",
  language: "sv" as const,
  date: "2020-02-14",
};

/** A result whose messages are as long as the engine's longest (≈ 250 characters). */
function longMessages() {
  const r = handResult();
  r.findings = r.findings.map((f, i) => ({
    ...f,
    message: `${f.message} ${"Kontrollera beloppen mot huvudboken och rätta tabellen innan rapporten går till nämnden. ".repeat(1 + (i % 3))}`,
  }));
  return r;
}

describe("Kontrollresultat messages wrap and fit in print", () => {
  const spec = buildReport(longMessages(), OPTS);
  const b = spec.blocks.find((x) => x.id === "kontrollresultat")!;
  const msgCol = b.rows[1].findIndex((c) => c?.value === "Meddelande");

  it("puts the message in a wide column with the wrap style", () => {
    expect(msgCol).toBeGreaterThanOrEqual(0);
    expect(spec.columnWidths[msgCol]).toBeGreaterThanOrEqual(40);
    for (const row of b.rows.slice(2)) {
      const c = row[msgCol]!;
      const names = [c.style, ...(c.styles ?? [])].filter((n): n is StyleName => Boolean(n));
      expect(mergeStyles(spec.styles, names).wrap).toBe(true);
    }
  });

  it("gives each row a height for the lines its message needs", () => {
    const width = spec.columnWidths[msgCol];
    b.rows.slice(2).forEach((row, i) => {
      const text = String(row[msgCol]?.value);
      // At least one 10-point line (≈ 12 pt) per width's worth of characters.
      const lines = Math.ceil(text.length / width);
      expect(b.rowHeights?.[i + 2] ?? 0).toBeGreaterThanOrEqual(lines * 12);
    });
  });

  it("writes wrapText and the row heights into the workbook", async () => {
    const ws = (await renderReportWorkbook(longMessages(), OPTS)).worksheets[0];
    b.rows.slice(2).forEach((row, i) => {
      const r = ws.getRow(b.top + i + 3);
      const c = r.getCell(msgCol + 1);
      expect(c.value).toBe(row[msgCol]?.value);
      expect(c.alignment?.wrapText).toBe(true);
      expect(r.height).toBe(b.rowHeights?.[i + 2]);
    });
  });
});

import type { CheckResult, FinancialRow } from "../../src/domain";
import { buildReport } from "../../src/report";
import { handRow, simpleDriftTable } from "./hand-result";

/**
 * The reviewer's under.xlsx: two tables on one sheet, the second titled
 * "Verksamhetsstöd, netto tkr" on row 7, which the reader also hands to the
 * first table as a footnote. The title belongs to the second table only.
 */
// Every row one level deep, the sum included, as the reader gives a table without sections.
const row = (r: number, label: string, kind: FinancialRow["kind"], values: (number | null)[] = [null, null, null]) => handRow(r, label, kind, values, { level: 1 });
const table = (title: string | undefined, headerRow: number, rows: FinancialRow[]) => simpleDriftTable({ title, headerRow, rows });

function result(secondTitle: string | undefined): CheckResult {
  const first = table("Driftsammandrag, netto tkr", 1, [
    row(2, "Stab A", "item", [100, 120, 20]),
    row(3, "Stab B", "item", [200, 180, -20]),
    row(4, "Summa staber", "sum", [300, 300, 0]),
    row(5, "Fotnot: budgeten omfördelad i juni", "footnote"),
    row(6, "Verksamhetsstöd, netto tkr", "footnote"),
  ]);
  const second = table(secondTitle, 7, [row(8, "Service X", "item", [50, 60, 10]), row(9, "Service Y", "item", [70, 65, -5])]);
  return {
    sheets: [{ name: "Drift", kind: "driftsammandrag" }],
    tables: [first, second],
    goals: [],
    findings: [],
    reportYear: 2023,
  };
}

const texts = (spec: ReturnType<typeof buildReport>, i: number) => spec.blocks.filter((b) => b.id === "driftsammandrag")[i].rows.map((r) => r[0]?.value);

describe("a row that titles the next table is not printed as a footnote of the one above", () => {
  it.each([
    ["the second table has that title", "Verksamhetsstöd, netto tkr"],
    ["the second table has no title of its own", undefined],
  ])("%s", (_name, title) => {
    const spec = buildReport(result(title), {
      workbookName: "under.xlsx",
      date: "2024-02-01",
      language: "sv",
    });
    const first = texts(spec, 0);
    const second = texts(spec, 1);
    expect(first).not.toContain("Verksamhetsstöd, netto tkr");
    // A real footnote further from the next table stays with its own table.
    expect(first).toContain("Fotnot: budgeten omfördelad i juni");
    if (title) expect(second[0]).toBe(title);
    expect(second).toContain("Service X");
  });

  it("keeps the footnote when no other table follows on the sheet", () => {
    const r = result("Verksamhetsstöd, netto tkr");
    const spec = buildReport({ ...r, tables: [r.tables[0]] }, { workbookName: "under.xlsx", date: "2024-02-01", language: "sv" });
    expect(texts(spec, 0)).toContain("Verksamhetsstöd, netto tkr");
  });
});

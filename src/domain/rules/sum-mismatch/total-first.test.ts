import { readTables, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { sumMismatch } from ".";

/** The reviewer's totalfirst2.xlsx: the grand total stands above its sections, each section sums bottom-up. */
const grid = (total: CellInput[], omsorg: CellInput[] = ["Summa omsorg", 510, 400, -110]) =>
  gridFromRows("Drift", [
    ["Driftsammandrag, netto tkr"],
    ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"],
    total,
    ["Utbildning"],
    ["Grundskola", 600, 650, 50],
    ["Gymnasium", 400, 400, 0],
    ["Summa utbildning", 1000, 1050, 50],
    ["Omsorg"],
    ["Hemtjänst", 300, 250, -50],
    ["Boende", 210, 150, -60],
    omsorg,
  ]);

describe("a grand total above its sections", () => {
  it.each([
    { name: "adds up: nothing", total: ["Totalt nämnden", 1510, 1450, -60], cells: [] },
    {
      name: "1 600 while the sections give 1 510",
      total: ["Totalt nämnden", 1600, 1450, -150],
      cells: ["B3", "D3"],
    },
    {
      name: "the reviewer's workbook: a section sum off too",
      total: ["Totalt nämnden", 1600, 1450, -150],
      omsorg: ["Summa omsorg", 500, 400, -100],
      cells: ["B3", "D3", "B11", "D11"],
    },
  ])("$name", ({ total, omsorg, cells }) => {
    expect(runRule(sumMismatch, [grid(total as CellInput[], omsorg as CellInput[] | undefined)]).map((f) => f.cell)).toEqual(cells);
  });

  it("takes the section sums as its components and sits above them", () => {
    const [t] = readTables([grid(["Totalt nämnden", 1510, 1450, -60])]);
    const total = t.rows.find((r) => r.label === "Totalt nämnden");
    expect(total?.components).toEqual([6, 10]);
    expect(total?.level).toBe(0);
    expect(t.rows.find((r) => r.label === "Summa utbildning")?.level).toBe(1);
  });

  it("a summary's net row with varav rows below stays alone", () => {
    const g = gridFromRows("S", [
      ["Ekonomi, tkr"],
      ["", "Bokslut 2023", "Budget 2023", "Avvikelse"],
      ["Verksamhetens nettokostnader", 100, 110, 10],
      ["varav kostnader", 300, 290, -10],
      ["varav intäkter", 200, 180, 20],
      ["Investeringar, netto", 50, 60, 10],
    ]);
    const [t] = readTables([g]);
    expect(t.kind).toBe("sammanfattning");
    expect(t.rows[0].components ?? []).toEqual([]);
  });
});

import { ConfigSchema } from "../../src/domain/config";
import { financialReader } from "../../src/domain/financial/reader";
import { readTables } from "../../src/domain/financial/testing";
import { CellInput, gridFromRows } from "../../src/domain/grid";
import { ks2019OperationsGrid, ks2019SummaryGrid } from "../../src/fixtures/ks2019-financial";

const config = ConfigSchema.parse({});

describe("column roles from header words", () => {
  it.each([
    [["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse", "Bokslut 2018"], ["actual", "budget", "deviation", "previous"]],
    [["Enhet", "Utfall jan–aug", "Budget", "Helårsprognos", "Budgetavvikelse"], ["actual", "budget", "forecast", "deviation"]],
    [["Nämnd", "Nettokostnad", "Budget", "Avvikelse mot budget"], ["actual", "budget", "deviation"]],
    [["Verksamhet", "Redovisat", "Budgetram", "Avvikelse"], ["actual", "budget", "deviation"]],
    [["Verksamhet", "Kostnader", "Intäkter", "Netto utfall", "Budget"], ["costs", "income", "actual", "budget"]],
  ] as [CellInput[], string[]][])("%j", (header, roles) => {
    const [t] = readTables([gridFromRows("S", [header, ["A", 1, 2, 3, 4]])]);
    expect(t.columns.map((c) => c.role)).toEqual(roles);
  });

  it("works out the deviation's basis from the header", () => {
    const [t] = readTables([gridFromRows("S", [["Enhet", "Utfall", "Budget", "Prognos", "Avvikelse prognos mot budget"], ["A", 5, 10, 12, -2]])]);
    expect(t.columns[3].deviationBasis).toBe("forecast");
  });
});

describe("rows", () => {
  it("classifies the seed's driftsammandrag", () => {
    const [t] = readTables([ks2019OperationsGrid()]);
    const kinds = new Map(t.rows.map((r) => [r.label, r.kind]));
    expect(kinds.get("HR-staben")).toBe("item");
    expect(kinds.get("Kommunstyrelsen nettokostnader, tkr")).toBe("sum");
    expect(kinds.get("Budgetram enligt beslut i KF")).toBe("memo");
    expect(kinds.get("Leanlink")).toBe("heading");
    expect(kinds.get("* 500 tkr i budgetkolumnen för LKDATA 2019 ett förväntat resultat.")).toBe("footnote");
    const vss = t.rows.find((r) => r.label === "Verksamhetens nettokostnad, tkr");
    expect(vss).toMatchObject({ kind: "sum", components: [], values: [-17301, -500, 16801, -8198] });
    const income = t.rows.filter((r) => r.kind === "breakdown-income");
    expect(income.map((r) => [r.breakdownOf, r.isIncome])).toEqual([
      [11, true],
      [17, true],
      [21, true],
    ]);
    expect(t.title).toBe("Driftsammandrag, netto tkr");
  });

  it("sees a small net/varav table as a summary", () => {
    const [t] = readTables([ks2019SummaryGrid()]);
    expect(t.kind).toBe("sammanfattning");
    expect(t.unit).toBe("tkr");
    expect(t.headerRows).toEqual([0, 1]);
  });

  it("reads two tables on one sheet, each under its own header", () => {
    const g = gridFromRows("Drift", [
      ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
      ["A", 10, 12, 2],
      ["Summa", 10, 12, 2],
      [],
      ["Forts."],
      ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"],
      ["B", 5, 5, 0],
      ["Summa", 5, 5, 0],
    ]);
    const tables = readTables([g]);
    expect(tables.map((t) => [t.headerRows[0], t.rows.filter((r) => r.kind === "sum").map((r) => r.components)])).toEqual([
      [0, [[1]]],
      [5, [[6]]],
    ]);
  });

  it("takes the unit from a unit row, a title or a header", () => {
    const unitOf = (rows: CellInput[][]) => readTables([gridFromRows("S", rows)])[0].unit;
    expect(unitOf([["Verksamhet", "Budget", "Utfall"], ["Belopp i mnkr"], ["A", 1.5, 1.2]])).toBe("mnkr");
    expect(unitOf([["Resultat, kr"], ["Verksamhet", "Budget", "Utfall"], ["A", 1500, 1200]])).toBe("kr");
    expect(unitOf([["Verksamhet", "Budget (tkr)", "Utfall (tkr)"], ["A", 1500, 1200]])).toBe("tkr");
  });
});

describe("recognition", () => {
  it("declines a sheet without a financial header, with a Swedish reason", () => {
    const out = financialReader.read(gridFromRows("P", [["Text"], ["Mer text om budget"]]), undefined, config);
    expect(out.recognized).toBe(false);
    if (!out.recognized) expect(out.reason).toMatch(/rubrikrad/);
  });

  it("declines a header with no amounts under it", () => {
    const out = financialReader.read(gridFromRows("P", [["Verksamhet", "Budget", "Utfall"], ["Kommentar"]]), undefined, config);
    expect(out).toMatchObject({ recognized: false });
  });

  it("honours the user's header row, label column, column roles and unit", () => {
    const g = gridFromRows("Egen", [
      ["Rapport"],
      ["Post", "Kolumn 1", "Kolumn 2", "Kolumn 3"],
      ["X", 10, 12, 2],
      ["Y", 20, 25, 5],
    ]);
    const cfg = ConfigSchema.parse({ sheets: { Egen: { kind: "driftsammandrag", headerRow: 2, labelColumn: "A", columns: { B: "actual", C: "budget", D: "deviation" }, unit: "mnkr" } } });
    const out = financialReader.read(g, cfg.sheets.Egen, cfg);
    expect(out.recognized).toBe(true);
    if (!out.recognized) return;
    const [t] = out.tables ?? [];
    expect(t).toMatchObject({ kind: "driftsammandrag", unit: "mnkr", labelCol: 0, headerRows: [1, 1] });
    expect(t.columns.map((c) => c.role)).toEqual(["actual", "budget", "deviation"]);
    expect(t.rows.map((r) => r.values)).toEqual([
      [10, 12, 2],
      [20, 25, 5],
    ]);
  });
});

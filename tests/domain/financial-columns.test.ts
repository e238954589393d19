import { ConfigInput, ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { readTables } from "../../src/domain/financial/testing";
import { CellInput, Grid, gridFromRows } from "../../src/domain/grid";

/**
 * Column roles the reviewer's scratch workbooks got wrong (/tmp/rk: aug2, pct,
 * h1, h3, h4, h5, intkost, side), as grids: each case names the roles the
 * columns must get and the findings a consistent table must not get.
 */

type Rows = CellInput[][];

function errorsOf(grids: Grid[], cfg: ConfigInput = {}): string[] {
  const res = checkWorkbook(grids, ConfigSchema.parse(cfg));
  return res.findings.filter((f) => f.severity === "error").map((f) => `${f.cell} ${f.rule}`);
}

const stabs = (mk: (a: number, b: number) => CellInput[]): Rows => [
  ["Stab A", ...mk(1000, 1200)],
  ["Stab B", ...mk(3000, 1800)],
  ["Summa", ...mk(4000, 3000)],
];

describe("column roles", () => {
  it.each<[string, CellInput[], Rows, string[]]>([
    [
      "part-year and full-year budget (aug2)",
      [
        "Verksamhet",
        "Utfall jan–aug",
        "Budget jan–aug",
        "Avvikelse jan–aug",
        "Budget helår",
        "Helårsprognos",
        "Avvikelse prognos mot budget",
      ],
      [
        ["Äldreomsorg", 620, 600, -20, 900, 929.8, -29.8],
        ["Funktionsstöd", 395, 400, 5, 600, 598.5, 1.5],
        ["Summa", 1015, 1000, -15, 1500, 1528.3, -28.3],
      ],
      ["actual", "budget", "deviation", "budget", "forecast", "deviation"],
    ],
    [
      "Avvikelse % (pct)",
      ["Verksamhet", "Utfall 2023", "Budget 2023", "Avvikelse", "Avvikelse %"],
      stabs((a, b) => [a, b, b - a, (b - a) / b]),
      ["actual", "budget", "deviation", "other"],
    ],
    [
      "Avvikelse i %",
      ["Verksamhet", "Utfall 2023", "Budget 2023", "Avvikelse", "Avvikelse i %"],
      stabs((a, b) => [a, b, b - a, Math.round(((b - a) / b) * 100)]),
      ["actual", "budget", "deviation", "other"],
    ],
    [
      "a bare %",
      ["Verksamhet", "Utfall 2023", "Budget 2023", "Avvikelse", "%"],
      stabs((a, b) => [a, b, b - a, Math.round(((b - a) / b) * 100)]),
      ["actual", "budget", "deviation", "other"],
    ],
    [
      "Avvikelse with a percent number format",
      ["Verksamhet", "Utfall 2023", "Budget 2023", "Avvikelse", "Avvikelse"],
      stabs((a, b) => [a, b, b - a, { value: (b - a) / b, numberFormat: "0.0%" }]),
      ["actual", "budget", "deviation", "other"],
    ],
    [
      "Avvikelse mot fg år (h5)",
      ["Verksamhet", "Bokslut 2023", "Budget 2023", "Budgetavvikelse", "Avvikelse mot fg år"],
      stabs((a, b) => [a, b, b - a, a / 20]),
      ["actual", "budget", "deviation", "other"],
    ],
    [
      "Förändring mot föregående år (h3)",
      ["Verksamhet", "Utfall 2023", "Budget 2023", "Avvikelse mot budget", "Utfall 2022", "Förändring mot föregående år"],
      stabs((a, b) => [a, b, b - a, a - a / 20, a / 20]),
      ["actual", "budget", "deviation", "previous", "other"],
    ],
    [
      "Förändring",
      ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse", "Förändring"],
      stabs((a, b) => [a, b, b - a, a / 20]),
      ["actual", "budget", "deviation", "other"],
    ],
    // A bare "Diff" that is budget − actual on the rows is the deviation (it was `other`, and so never checked).
    ["Diff (h4)", ["Verksamhet", "Redovisat", "Budget", "Diff"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["Netto (h1)", ["Verksamhet", "Netto", "Budget", "Avvikelse"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    [
      "Intäkter | Kostnader | Netto (intkost)",
      ["Verksamhet", "Intäkter", "Kostnader", "Netto", "Budget", "Avvikelse"],
      [
        ["Skola", 500, -10600, -10100, -8000, -2100],
        ["Förskola", 100, -5100, -5000, -5050, 50],
        ["Summa", 600, -15700, -15100, -13050, -2050],
      ],
      ["income", "costs", "actual", "budget", "deviation"],
    ],
    [
      "Netto beside an Utfall stays other",
      ["Verksamhet", "Utfall 2023", "Netto", "Budget 2023", "Avvikelse"],
      stabs((a, b) => [a, a, b, b - a]),
      ["actual", "other", "budget", "deviation"],
    ],
  ])("%s", (_name, header, rows, roles) => {
    const grid = gridFromRows("Drift", [["Drift, tkr"], header, ...rows]);
    const [t] = readTables([grid]);
    expect(t.columns.map((c) => c.role)).toEqual(roles);
    expect(t.columns.map((c) => c.header)).toEqual(header.slice(1));
    expect(errorsOf([grid])).toEqual([]);
  });

  it("pairs each deviation with the budget of its own period", () => {
    const header = [
      "Verksamhet",
      "Utfall jan–aug",
      "Budget jan–aug",
      "Avvikelse jan–aug",
      "Budget helår",
      "Helårsprognos",
      "Avvikelse prognos mot budget",
    ];
    const [t] = readTables([gridFromRows("Aug", [header, ["Äldreomsorg", 620, 600, -20, 900, 929.8, -29.8]])]);
    expect(t.columns.filter((c) => c.role === "deviation").map((c) => [c.deviationBasis, c.budgetCol])).toEqual([
      ["actual", 2],
      ["forecast", 4],
    ]);
  });

  it("marks a percentage column so that it is not summed", () => {
    const [t] = readTables([
      gridFromRows("D", [["Verksamhet", "Utfall", "Budget", "Avvikelse", "Avvikelse %"], ...stabs((a, b) => [a, b, b - a, 0.1])]),
    ]);
    expect(t.columns[3].percent).toBe(true);
  });

  it.each<[string, CellInput[], Rows, string[]]>([
    [
      "a wrong forecast deviation against the full-year budget",
      [
        "Verksamhet",
        "Utfall jan–aug",
        "Budget jan–aug",
        "Avvikelse jan–aug",
        "Budget helår",
        "Helårsprognos",
        "Avvikelse prognos mot budget",
      ],
      [
        ["Äldreomsorg", 620, 600, -20, 900, 929.8, -19.8],
        ["Funktionsstöd", 395, 400, 5, 600, 598.5, 1.5],
        ["Summa", 1015, 1000, -15, 1500, 1528.3, -18.3],
      ],
      ["G3 deviation-mismatch", "G5 deviation-mismatch"],
    ],
    [
      "a wrong Netto deviation",
      ["Verksamhet", "Netto", "Budget", "Avvikelse"],
      stabs((a, b) => [a, b, a === 3000 ? -1100 : b - a]),
      ["D4 deviation-mismatch", "D5 sum-mismatch"],
    ],
  ])("still finds %s", (_name, header, rows, errors) => {
    expect(errorsOf([gridFromRows("Drift", [["Drift, tkr"], header, ...rows])])).toEqual(errors);
  });
});

describe("two tables side by side (side)", () => {
  const rows: Rows = [
    ["Nämnd A, tkr", null, null, null, null, "Nämnd B, tkr"],
    ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse", null, "Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"],
    ["Stab A", 100, 120, 20, null, "Enhet X", 1000, 1100, 100],
    ["Stab B", 200, 180, -20, null, "Enhet Y", 2000, 1800, -200],
    ["Summa A", 300, 300, 0, null, "Summa B", 3100, 2900, -100],
  ];

  it("reads each table with its own label column", () => {
    const tables = readTables([gridFromRows("Drift", rows)]);
    expect(tables.map((t) => [t.labelCol, t.columns.map((c) => c.col), t.rows.map((r) => r.label)])).toEqual([
      [0, [1, 2, 3], ["Stab A", "Stab B", "Summa A"]],
      [5, [6, 7, 8], ["Enhet X", "Enhet Y", "Summa B"]],
    ]);
    expect(tables.map((t) => t.title)).toEqual(["Nämnd A, tkr", "Nämnd B, tkr"]);
  });

  it("finds only the right table's wrong sum", () => {
    expect(errorsOf([gridFromRows("Drift", rows)])).toEqual(["G5 sum-mismatch", "I5 deviation-mismatch"]);
  });

  it.each<[string, Rows, number[][]]>([
    [
      "labels without a header word",
      [
        [null, "Bokslut 2023", "Budget 2023", "Avvikelse", null, null, "Bokslut 2023", "Budget 2023", "Avvikelse"],
        ["Stab A", 100, 120, 20, null, "Enhet X", 1000, 1100, 100],
        ["Summa A", 100, 120, 20, null, "Summa B", 1000, 1100, 100],
      ],
      [
        [0, 1, 2, 3],
        [5, 6, 7, 8],
      ],
    ],
    [
      "a spacer column inside one table stays one table",
      [
        ["Verksamhet", "Bokslut 2023", null, "Budget 2023", "Avvikelse"],
        ["Stab A", 100, null, 120, 20],
        ["Summa A", 100, null, 120, 20],
      ],
      [[0, 1, 3, 4]],
    ],
    [
      "a comment column after a gap stays in the table",
      [
        ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse", null, "Kommentar"],
        ["Stab A", 100, 120, 20, null, "Lägre kostnader"],
        ["Summa A", 100, 120, 20, null, null],
      ],
      [[0, 1, 2, 3]],
    ],
  ])("%s", (_name, grid, want) => {
    const tables = readTables([gridFromRows("Drift", grid)]);
    expect(tables.map((t) => [t.labelCol, ...t.columns.map((c) => c.col)])).toEqual(want);
  });

  it("lets the config's columns replace the detected ones", () => {
    const cfg = {
      sheets: {
        Drift: {
          kind: "driftsammandrag" as const,
          headerRow: 2,
          labelColumn: "F",
          columns: { G: "actual" as const, H: "budget" as const, I: "deviation" as const },
        },
      },
    };
    const [t] = readTables([gridFromRows("Drift", rows)], ConfigSchema.parse(cfg));
    expect(t.columns.map((c) => [c.col, c.role])).toEqual([
      [6, "actual"],
      [7, "budget"],
      [8, "deviation"],
    ]);
    // I5: Budget − Bokslut of the (wrong) sum is −200, not −100.
    expect(errorsOf([gridFromRows("Drift", rows)], cfg)).toEqual(["G5 sum-mismatch", "I5 deviation-mismatch"]);
  });
});

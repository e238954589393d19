import { checkWorkbook } from "../../src/domain/engine";
import { readTables } from "../../src/domain/financial/testing";
import { CellInput, gridFromRows } from "../../src/domain/grid";

/** "Diff" headers: a deviation by its words ("Diff mot budget") or, bare, by the numbers. */

type Rows = CellInput[][];
const grid = (header: CellInput[], rows: Rows) => gridFromRows("Drift", [["Driftsammandrag, tkr"], ["Verksamhet", ...header], ...rows]);
const stabs = (mk: (a: number, b: number) => CellInput[]): Rows => [
  ["Stab A", ...mk(1000, 1200)],
  ["Stab B", ...mk(3000, 1800)],
  ["Summa", ...mk(4000, 3000)],
];
const findings = (rows: Rows, header: CellInput[]) =>
  checkWorkbook([grid(header, rows)])
    .findings.filter((f) => f.rule === "deviation-mismatch" || f.rule === "action-plan-required")
    .map((f) => `${f.cell} ${f.rule}`);

describe("Diff columns", () => {
  it.each<[string, CellInput[], Rows, string[]]>([
    ["bare Diff, budget − actual", ["Utfall 2023", "Budget 2023", "Diff"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["Diff.", ["Utfall 2023", "Budget 2023", "Diff."], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["bare Differens, actual − budget", ["Utfall 2023", "Budget 2023", "Differens"], stabs((a, b) => [a, b, a - b]), ["actual", "budget", "deviation"]],
    ["Diff mot budget", ["Utfall 2023", "Budget 2023", "Diff mot budget"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["Diff. mot budget", ["Utfall 2023", "Budget 2023", "Diff. mot budget"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["Differens mot budget", ["Utfall 2023", "Budget 2023", "Differens mot budget"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "deviation"]],
    ["bare Diff against the forecast", ["Budget 2023", "Prognos 2023", "Diff"], stabs((a, b) => [b, a, b - a]), ["budget", "forecast", "deviation"]],
    [
      "bare Diff that is the change on last year stays other",
      ["Utfall 2023", "Utfall 2022", "Budget 2023", "Diff"],
      stabs((a, b) => [a, a - 50, b, 50]),
      ["actual", "previous", "budget", "other"],
    ],
    ["bare Diff with numbers of another kind stays other", ["Utfall 2023", "Budget 2023", "Diff"], stabs((a, b) => [a, b, 7]), ["actual", "budget", "other"]],
    ["Diff mot fg år stays other", ["Utfall 2023", "Budget 2023", "Diff mot fg år"], stabs((a, b) => [a, b, b - a]), ["actual", "budget", "other"]],
  ])("%s", (_name, header, rows, roles) => {
    const [t] = readTables([grid(header, rows)]);
    expect(t.columns.map((c) => c.role)).toEqual(roles);
  });

  it.each<[string, CellInput[]]>([
    ["Diff", ["Utfall 2023", "Budget 2023", "Diff"]],
    ["Diff mot budget", ["Utfall 2023", "Budget 2023", "Diff mot budget"]],
  ])("checks a wrong %s and the deficit's action plan", (_name, header) => {
    const rows: Rows = [
      ["Stab A", 1000, 1200, 300],
      ["Stab B", 3000, 1800, -1200],
      ["Summa", 4000, 3000, -900],
    ];
    expect(findings(rows, header)).toEqual(["D3 deviation-mismatch", "D5 deviation-mismatch", "D4 action-plan-required"]);
  });
});

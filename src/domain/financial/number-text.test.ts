import { ConfigSchema } from "../config";
import { CellInput, gridFromRows } from "../grid";
import { financialReader } from "./reader";

/** Amounts typed as text in a table: how the reader takes thousands separators, column by column. */
const config = ConfigSchema.parse({});
const header: CellInput[] = ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"];

function read(rows: CellInput[][]) {
  const out = financialReader.read(gridFromRows("Drift", [header, ...rows]), undefined, config);
  if (!out.recognized) throw new Error("not recognised");
  const table = out.tables?.[0];
  return { values: table?.rows.map((r) => r.values) ?? [], invalid: out.findings.filter((f) => f.rule === "invalid-value").map((f) => f.cell) };
}

describe("amounts typed as text", () => {
  it.each([
    { name: "space groups of three", rows: [["Enhet A", "1 234", 1300, "66"]], values: [[1234, 1300, 66]], invalid: [] },
    { name: "a short group is text, not 123", rows: [["Enhet A", "1 23", 130, 7]], values: [[null, 130, 7]], invalid: ["B2"] },
    { name: "a long group is text", rows: [["Enhet A", "12 3456", 130, 7]], values: [[null, 130, 7]], invalid: ["B2"] },
    { name: "a lone point is a decimal point", rows: [["Enhet A", "1.234", 1.5, 0.266]], values: [[1.234, 1.5, 0.266]], invalid: [] },
    {
      name: "a lone point groups thousands when the column groups with points elsewhere",
      rows: [
        ["Enhet A", "1.234", 1300, 66],
        ["Enhet B", "1.234.567", 1234000, -567],
      ],
      values: [
        [1234, 1300, 66],
        [1234567, 1234000, -567],
      ],
      invalid: [],
    },
    {
      name: "point grouping in another column does not spread",
      rows: [
        ["Enhet A", "1.234", 1.5, 0.266],
        ["Enhet B", 2, "1.234,5", 1232.5],
      ],
      values: [
        [1.234, 1.5, 0.266],
        [2, 1234.5, 1232.5],
      ],
      invalid: [],
    },
  ])("$name", ({ rows, values, invalid }) => {
    const got = read(rows as CellInput[][]);
    expect(got.values).toEqual(values);
    expect(got.invalid).toEqual(invalid);
  });
});

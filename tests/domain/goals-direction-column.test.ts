import { ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { gridFromRows } from "../../src/domain/grid";

/** The reviewer's dirs.xlsx: one goal per row, 10 → 13 against 12,5, a Riktning word each. */
function run(direction: string) {
  const grid = gridFromRows("Indikatorer", [
    ["Nämndmål", "Indikator", 2020, 2021, 2022, 2023, "Målvärde", "Riktning"],
    ["Mål 1", "Nyckeltal 1", 10, 11, 12, 13, 12.5, direction],
  ]);
  const r = checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2023 }));
  return { ind: r.goals[0].indicators[0], findings: r.findings };
}

describe("Riktning column words", () => {
  const valid: Array<[string, "higher" | "lower"]> = [
    ["Högre är bättre", "higher"],
    ["Lägre är bättre", "lower"],
    ["Öka", "higher"],
    ["Minska", "lower"],
    ["↑", "higher"],
    ["↓", "lower"],
    ["Ska öka", "higher"],
    ["Ska minska", "lower"],
    ["ska minska.", "lower"],
    ["Bör öka", "higher"],
    ["Högre", "higher"],
    ["Lägre", "lower"],
    ["Hög", "higher"],
    ["Låg", "lower"],
    ["+", "higher"],
    ["-", "lower"],
  ];
  test.each(valid)("valid: %s sets %s from the column", (word, direction) => {
    const { ind, findings } = run(word);
    expect(ind.direction).toBe(direction);
    expect(ind.directionSource).toBe("column");
    expect(ind.directionGuessed).toBe(false);
    expect(findings.filter((f) => f.rule === "invalid-value")).toEqual([]);
    // 13 against 12,5 misses only when lower is better.
    expect(findings.filter((f) => f.rule === "target-not-met")).toHaveLength(direction === "lower" ? 1 : 0);
  });

  const invalid: Array<[string]> = [["Stabil"], ["Ska ligga kvar"], ["?"], ["Lagom"]];
  test.each(invalid)("invalid: %s is an invalid-value warning naming the cell", (word) => {
    const { ind, findings } = run(word);
    expect(ind.directionSource).not.toBe("column");
    const inv = findings.filter((f) => f.rule === "invalid-value");
    expect(inv).toEqual([expect.objectContaining({ severity: "warning", sheet: "Indikatorer", cell: "H2" })]);
    expect(inv[0].message).toContain(`”${word}”`);
    expect(inv[0].message).toContain("H2");
    expect(inv[0].messageEn).toContain(`"${word}"`);
  });
});

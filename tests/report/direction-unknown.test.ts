import { ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { gridFromRows } from "../../src/domain/grid";
import { buildReport } from "../../src/report/build";
import type { ReportBlock, SpecCell } from "../../src/report/spec";

/**
 * An indicator whose good direction the engine cannot tell (Chefsomsättning)
 * must never get an arrow in the report: the trend column and the goal's note
 * say "riktning okänd" instead.
 */
const grid = gridFromRows("Indikatorer", [
  ["Nämndmål", "Nämndindikator", "2018", "2019", "Målvärde"],
  ["Framgångsrikt chef- och ledarskap", "Chefsomsättning (%)", 28.6, 8.3, 15],
  [null, "Chefers sjukfrånvaro", 1.2, 1.85, 1.3],
]);
const result = checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2019 }));

function block(language: "sv" | "en", id: ReportBlock["id"]): ReportBlock {
  const spec = buildReport(result, { workbookName: "x.xlsx", date: "2020-02-14", language });
  const b = spec.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`no block ${id}`);
  return b;
}
const text = (c: SpecCell | null | undefined) => (c ? String(c.value ?? "") : "");

describe("report: direction unknown", () => {
  const cases: Array<["sv" | "en", string, RegExp, string]> = [
    ["sv", "riktning okänd", /↑|↓|bättre|sämre/, "↓ sämre"],
    ["en", "direction unknown", /↑|↓|better|worse/, "↓ worse"],
  ];
  test.each(cases)("%s: trend column", (language, unknown, arrow, known) => {
    const b = block(language, "indikatorer");
    const trendCol = b.rows[1].length - 1;
    const row = (name: string) => b.rows.find((r) => text(r[1]) === name);
    expect(text(row("Chefsomsättning (%)")?.[trendCol])).toBe(unknown);
    expect(text(row("Chefsomsättning (%)")?.[trendCol])).not.toMatch(arrow);
    // A known direction keeps its arrow.
    expect(text(row("Chefers sjukfrånvaro")?.[trendCol])).toBe(known);
  });

  test.each(cases)("%s: the goal's computed status says which indicator has no direction", (language, unknown) => {
    const b = block(language, "maluppfyllelse");
    const goal = b.rows.find((r) => text(r[1]) === "Framgångsrikt chef- och ledarskap");
    expect(goal?.[3]?.note).toBe(`Chefers sjukfrånvaro\n${unknown}: Chefsomsättning (%)`);
  });
});

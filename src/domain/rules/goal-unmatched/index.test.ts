import { checkWorkbook } from "../../engine";
import { CellInput, gridFromRows } from "../../grid";
import { goalUnmatched } from ".";

const ind = gridFromRows("Ind", [
  ["Nämndmål", "Nämndindikator", 2019, "Målvärde"],
  ["Goda arbetsplatser", "Sjukfrånvaro", 2.3, 3.5],
  ["Kostnadseffektivt och ändamålsenligt IT-stöd", "Robotar", 2, 30],
]);

function run(list: CellInput[][], withIndicators = true) {
  const grids = [gridFromRows("Mål", [["Nämndmål", "Bedömning"], ...list])];
  if (withIndicators) grids.unshift(ind);
  const r = checkWorkbook(grids);
  return { r, found: r.findings.filter((f) => f.rule === goalUnmatched.id) };
}

describe("goal-unmatched", () => {
  test.each([
    ["exact names", [["Goda arbetsplatser", "Uppfyllt"]]],
    [
      "case, spacing and one letter",
      [
        ["goda  ARBETSPLATSER", "Uppfyllt"],
        ["Kostnadseffektiv och ändamålsenligt IT-stöd", "Delvis uppfyllt"],
      ],
    ],
  ])("valid: %s", (_n, list) => {
    expect(run(list).found).toEqual([]);
  });

  test("valid: a goals list with no indicator sheet is not a mistake", () => {
    const { r, found } = run([["Något mål", "Uppfyllt"]], false);
    expect(found).toEqual([]);
    expect(r.goals).toEqual([expect.objectContaining({ goal: "Något mål", stated: "uppfyllt", computed: "ej-bedomd", statedOnly: true })]);
  });

  test("invalid: a stated goal that matches none is reported on its cell and kept", () => {
    const { r, found } = run([
      ["Goda arbetsplatser", "Uppfyllt"],
      ["Helt annat mål", "Delvis uppfyllt"],
    ]);
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Mål", "B3"]]);
    expect(found[0].message).toBe(
      "Nämndmålet ”Helt annat mål” i bladet ”Mål” finns inte bland målen i ”Ind”. Kontrollera stavningen; bedömningen prövas inte mot några indikatorer.",
    );
    expect(r.goals.map((g) => [g.goal, g.stated, g.statedOnly ?? false])).toEqual([
      ["Goda arbetsplatser", "uppfyllt", false],
      ["Kostnadseffektivt och ändamålsenligt IT-stöd", null, false],
      ["Helt annat mål", "delvis", true],
    ]);
  });
});

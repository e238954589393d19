import { ConfigSchema } from "../../config";
import { checkWorkbook } from "../../engine";
import { CellInput, gridFromRows } from "../../grid";
import { statusConflict } from ".";

const HEADER: CellInput[] = ["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde"];

function run(indicatorRows: CellInput[][], goalsList?: CellInput[][]) {
  const grids = [gridFromRows("Ind", [HEADER, ...indicatorRows])];
  if (goalsList) grids.push(gridFromRows("Mål", [["Nämndmål", "Bedömning"], ...goalsList]));
  return checkWorkbook(grids, ConfigSchema.parse({ reportYear: 2019 })).findings.filter((f) => f.rule === statusConflict.id);
}

describe("status-conflict", () => {
  const valid: Array<[string, CellInput[][], CellInput[][]]> = [
    ["uppfyllt and all met", [["A", "Sjukfrånvaro", 4, 2.3, 3.5]], [["A", "Uppfyllt"]]],
    ["delvis and one misses", [["A", "NKI", 70, 74, 77]], [["A", "Delvis uppfyllt"]]],
    // The report's delvis means positive development, which may rest on work outside the indicators.
    ["delvis though none improved", [["A", "Elfordon", 69, 57, 90]], [["A", "Delvis uppfyllt"]]],
    ["ej uppfyllt and misses", [["A", "Elfordon", 69, 57, 90]], [["A", "Ej uppfyllt"]]],
    ["uppfyllt but nothing assessable (I.U.)", [["A", "HME", 73, "I.U.", 78]], [["A", "Uppfyllt"]]],
    ["uppfyllt with an indicator without target", [["A", "Antal aktiviteter", null, 6, null]], [["A", "Uppfyllt"]]],
    ["ej bedömd", [["A", "Soliditet", 62, "Se ÅR.", "Större än 50"]], [["A", "-"]]],
    ["no stated status", [["A", "Elfordon", 69, 57, 90]], [["A", null]]],
    [
      "uppfyllt, only a group without its own target misses",
      [
        ["A", "Heltid", 97, 97, 97],
        [null, "Kvinnor", 95, 90, null],
      ],
      [["A", "Uppfyllt"]],
    ],
  ];
  test.each(valid)("valid: %s", (_n, ind, list) => {
    expect(run(ind, list)).toEqual([]);
  });

  const invalid: Array<[string, CellInput[][], CellInput[][], { sheet: string; cell: string; related: string[]; message: RegExp }]> = [
    [
      "uppfyllt, computed delvis",
      [
        ["Goda arbetsplatser", "Sjukfrånvaro", 4.6, 2.3, 3.5],
        [null, "Andel heltid", 96.5, 96.9, 97],
      ],
      [["Goda arbetsplatser", "Uppfyllt"]],
      {
        sheet: "Mål",
        cell: "B2",
        related: ["Ind!D3"],
        message: /^Nämndmålet ”Goda arbetsplatser” anges som uppfyllt, men indikatorerna ger delvis uppfyllt: Andel heltid 96,9 \(2019\) mot målvärde 97\.$/,
      },
    ],
    [
      "uppnått (another word), computed ej uppfyllt",
      [["Chefskap", "Chefers sjukfrånvaro", 0.8, 1.85, 1.3]],
      [["Chefskap", "Uppnått"]],
      { sheet: "Mål", cell: "B2", related: ["Ind!D2"], message: /ger ej uppfyllt: Chefers sjukfrånvaro 1,85/ },
    ],
    [
      "green fill only",
      [["A", "Balanstal chefer", 0.93, 0.79, 0.95]],
      [["A", { value: null, fill: "00B050" }]],
      { sheet: "Mål", cell: "B2", related: ["Ind!D2"], message: /Balanstal chefer 0,79/ },
    ],
    [
      "names spelled differently in the two sheets",
      [["Kostnadseffektivt och ändamålsenligt IT-stöd", "Robotar", 1, 2, 30]],
      [["Kostnadseffektiv och ändamålsenligt IT-stöd", "Uppfyllt"]],
      { sheet: "Mål", cell: "B2", related: ["Ind!D2"], message: /Robotar 2/ },
    ],
  ];
  test.each(invalid)("invalid: %s", (_n, ind, list, expected) => {
    const found = run(ind, list);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: expected.sheet, cell: expected.cell, related: expected.related });
    expect(found[0].message).toMatch(expected.message);
    expect(found[0].messageEn).toMatch(/is stated as met, but its indicators give/);
  });

  test("a Bedömning column on the indicator sheet: the finding sits on that cell", () => {
    const grid = gridFromRows("Ind", [
      ["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde", "Bedömning"],
      ["A", "Elfordon", 69, 57, 90, "Uppfyllt"],
    ]);
    const found = checkWorkbook([grid]).findings.filter((f) => f.rule === statusConflict.id);
    expect(found.map((f) => [f.sheet, f.cell, f.related])).toEqual([["Ind", "F2", ["D2"]]]);
  });
});

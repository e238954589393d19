import { ConfigSchema } from "../../config";
import { checkWorkbook } from "../../engine";
import { CellInput, gridFromRows } from "../../grid";
import { targetNotMet } from ".";

/** One goal, one indicator (plus optional group rows), judged on 2019. */
function run(rows: CellInput[][], header: CellInput[] = ["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde"]) {
  const grid = gridFromRows("Ind", [header, ...rows]);
  const r = checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2019 }));
  return r.findings.filter((f) => f.rule === targetNotMet.id);
}

describe("target-not-met", () => {
  const valid: Array<[string, CellInput[][]]> = [
    ["meets a bare target (higher)", [["M", "Trygghetsvandringar", "I.U.", 19, 18]]],
    ["meets exactly", [["M", "Attraktiv kommun", 83, 83, 83]]],
    ["lower is better by meaning: 2,3 against 3,5", [["M", "Total sjukfrånvaro", 4.6, 2.3, 3.5]]],
    ["Mindre än 1, value 0,1", [["M", "Procentuell avvikelse", 0.8, 0.1, "Mindre än 1"]]],
    ["Max 900 kr., value 0 kr", [["M", "Skuld per invånare", "0 kr", "0 kr", "Max 900 kr."]]],
    ["target in tkr, value in mnkr", [["M", "Pensionsmedel", null, "1,8 mnkr", "1750 tkr."]]],
    ["the report year is I.U.: not judged on 2018", [["M", "Hälsotillstånd", 76, "I.U.", 78]]],
    ["Se ÅR.", [["M", "Soliditet", 62, "Se ÅR.", "Större än 50"]]],
    ["no target", [["M", "Digital mognad", null, 3.1, null]]],
    [
      "a group without its own target",
      [
        ["M", "Andel heltid", 100, 100, 97],
        [null, "Kvinnor", 95, 90, null],
      ],
    ],
    ["unknown direction (Chefsomsättning)", [["M", "Chefsomsättning", 28.6, 8.3, 15]]],
    ["text where the value belongs", [["M", "X", 1, "ökade", 5]]],
  ];
  test.each(valid)("valid: %s", (_n, rows) => {
    expect(run(rows)).toEqual([]);
  });

  const invalid: Array<[string, CellInput[][], { cell: string; expected: number; actual: number; message: RegExp }[]]> = [
    [
      "misses a bare target",
      [["M", "E-handelstrohet (%)", "I.U.", 55, 80]],
      [{ cell: "D2", expected: 80, actual: 55, message: /E-handelstrohet \(%\) 55 \(2019\) mot målvärde 80 \(högre är bättre, antaget\)/ }],
    ],
    [
      "lower is better by meaning",
      [["M", "Chefers sjukfrånvaro", 0.8, 1.85, 1.3]],
      [{ cell: "D2", expected: 1.3, actual: 1.85, message: /lägre är bättre, antaget/ }],
    ],
    [
      "exactly the strict bound: Mindre än 1, value 1",
      [["M", "Avvikelse", 0.8, 1, "Mindre än 1"]],
      [{ cell: "D2", expected: 1, actual: 1, message: /mot målvärde ”Mindre än 1” \(lägre är bättre\)/ }],
    ],
    ["Större än 50, value 50", [["M", "Soliditet", 62, 50, "Större än 50"]], [{ cell: "D2", expected: 50, actual: 50, message: /Större än 50/ }]],
    ["improved but short: says so", [["M", "NKI", 70, "74 (prognos)", 77]], [{ cell: "D2", expected: 77, actual: 74, message: /Utvecklingen är positiv/ }]],
    [
      "a group with its own target, and Totalt",
      [
        ["M", "Andel heltid", 96.5, 96.9, 97],
        [null, "Män", 100, 100, 100],
        [null, "Kvinnor", 95, 95.4, 96],
      ],
      [
        { cell: "D2", expected: 97, actual: 96.9, message: /Andel heltid 96,9/ },
        { cell: "D4", expected: 96, actual: 95.4, message: /Andel heltid \(Kvinnor\) 95,4/ },
      ],
    ],
    [
      "target in kr, value in tkr",
      [["M", "Skuld per invånare", null, "1 tkr", "Max 900 kr."]],
      [{ cell: "D2", expected: 900, actual: 1000, message: /1\u00A0000 kr \(2019\) mot målvärde ”Max 900 kr\.”/ }],
    ],
  ];
  test.each(invalid)("invalid: %s", (_n, rows, expected) => {
    const found = run(rows);
    expect(found.map((f) => ({ cell: f.cell, expected: f.expected, actual: f.actual }))).toEqual(expected.map(({ message: _m, ...e }) => e));
    found.forEach((f, k) => {
      expect(f.severity).toBe("warning");
      expect(f.sheet).toBe("Ind");
      expect(f.message).toMatch(expected[k].message);
      expect(f.messageEn).toMatch(/^Target not met: /);
      expect(f.related).toEqual([`E${Number(f.cell.slice(1))}`]);
    });
  });

  test("a Riktning column overrides the meaning", () => {
    const found = run([["M", "Total sjukfrånvaro", 2, 3, 3.5, "Högre är bättre"]], ["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde", "Riktning"]);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("(högre är bättre)")]);
  });
});

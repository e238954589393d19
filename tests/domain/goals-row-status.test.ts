import { ConfigSchema } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { CellInput, gridFromRows, MergedRange } from "../../src/domain/grid";
import { GoalStatus } from "../../src/domain/model";

const HEADER: CellInput[] = [
  "Nämndmål",
  "Indikator",
  "Grupp",
  2020,
  2021,
  2022,
  2023,
  "Målvärde",
  "Riktning",
  "Bedömning",
];

/** The reviewer's flat.xlsx: a Bedömning on (almost) every row. */
const FLAT: CellInput[][] = [
  [
    "Trygg vård",
    "Andel nöjda brukare (%)",
    "Totalt",
    80,
    82,
    83,
    85,
    "Minst 84",
    "Högre är bättre",
    "Uppfyllt",
  ],
  ["Trygg vård", "Andel nöjda brukare (%)", "Kvinnor", 81, 83, 84, 86, "", "", ""],
  [
    "Trygg vård",
    "Väntetid till särskilt boende (dagar)",
    "Totalt",
    60,
    55,
    50,
    52,
    "Högst 45",
    "Lägre är bättre",
    "Uppfyllt",
  ],
  [
    "Attraktiv arbetsgivare",
    "Sjukfrånvaro (%)",
    "Totalt",
    8.1,
    7.9,
    7.5,
    7.2,
    "7,0",
    "",
    "Delvis uppfyllt",
  ],
  [
    "Attraktiv arbetsgivare",
    "Andel heltid (%)",
    "Totalt",
    90,
    91,
    92,
    "I.U.",
    "95",
    "Högre",
    "Uppfyllt",
  ],
  [
    "Ekonomi i balans",
    "Nettokostnad per invånare",
    "Totalt",
    "45 000 kr",
    "46 000 kr",
    "47 000 kr",
    "48 500 kr",
    "Max 48 tkr",
    "",
    "Ej uppfyllt",
  ],
  [
    "Ekonomi i balans",
    "Budgetavvikelse (mnkr)",
    "Totalt",
    -2.5,
    1.0,
    "−3,4",
    "– 1,2",
    "≥ 0",
    "",
    "Uppfyllt",
  ],
];

function run(rows: CellInput[][], merges: MergedRange[] = []) {
  const grid = gridFromRows("Nämndindikatorer", [HEADER, ...rows], { merges });
  return checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2023 }));
}

describe("a Bedömning per row of a flat indicator table", () => {
  const r = run(FLAT);
  const conflicts = r.findings.filter((f) => f.rule === "status-conflict");

  test("each row's Bedömning is its indicator's stated status", () => {
    const stated = r.goals.flatMap((g) =>
      g.indicators.map((i) => [i.name, i.group, i.stated ?? null, i.statedCell ?? null])
    );
    expect(stated).toEqual([
      ["Andel nöjda brukare (%)", "Totalt", "uppfyllt", "J2"],
      ["Andel nöjda brukare (%)", "Kvinnor", null, null],
      ["Väntetid till särskilt boende (dagar)", "Totalt", "uppfyllt", "J4"],
      ["Sjukfrånvaro (%)", "Totalt", "delvis", "J5"],
      ["Andel heltid (%)", "Totalt", "uppfyllt", "J6"],
      ["Nettokostnad per invånare", "Totalt", "ej-uppfyllt", "J7"],
      ["Budgetavvikelse (mnkr)", "Totalt", "uppfyllt", "J8"],
    ]);
  });

  test("rows that agree state the goal's status; rows that disagree leave it unstated", () => {
    expect(r.goals.map((g) => [g.goal, g.stated, g.statedCell ?? null])).toEqual([
      ["Trygg vård", "uppfyllt", "J2"],
      ["Attraktiv arbetsgivare", null, null],
      ["Ekonomi i balans", null, null],
    ]);
  });

  const expected: Array<[string, RegExp]> = [
    ["J2", /Nämndmålet ”Trygg vård” anges som uppfyllt/],
    [
      "J4",
      /Indikatorn ”Väntetid till särskilt boende \(dagar\)” anges som uppfylld, men ger ej uppfyllt/,
    ],
    [
      "J5",
      /Bedömningarna för nämndmålet ”Attraktiv arbetsgivare” skiljer sig mellan raderna: J5 ”Delvis uppfyllt”.*J6 ”Uppfyllt”/,
    ],
    [
      "J7",
      /Bedömningarna för nämndmålet ”Ekonomi i balans” skiljer sig mellan raderna: J7 ”Ej uppfyllt”.*J8 ”Uppfyllt”/,
    ],
    [
      "J8",
      /Indikatorn ”Budgetavvikelse \(mnkr\)” anges som uppfylld, men ger delvis uppfyllt: .*\u22121,2 \(2023\) mot målvärde ”≥ 0”/,
    ],
  ];
  test.each(expected)("status-conflict at %s", (cell, message) => {
    const f = conflicts.filter((x) => x.cell === cell);
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(message);
    expect(f[0].sheet).toBe("Nämndindikatorer");
  });

  test("no other status-conflict", () => {
    expect(conflicts.map((f) => f.cell).sort()).toEqual(expected.map(([c]) => c).sort());
  });

  test("the English messages are English", () => {
    const j8 = conflicts.find((f) => f.cell === "J8")!;
    expect(j8.messageEn).toMatch(
      /The indicator "Budgetavvikelse \(mnkr\)" is stated as met, but gives partly met: .*\u22121\.2 \(2023\)/
    );
    expect(conflicts.find((f) => f.cell === "J5")!.messageEn).toMatch(
      /The rows of the goal "Attraktiv arbetsgivare" state different assessments/
    );
  });
});

describe("which Bedömning states the goal's status", () => {
  type Case = [string, CellInput[][], MergedRange[], GoalStatus | null, string | null, string[]];
  const cases: Case[] = [
    [
      "one row: the row's status is the goal's",
      [["G", "Resultat", "Totalt", 1, 2, 3, 1, "Minst 2", "", "Uppfyllt"]],
      [],
      "uppfyllt",
      "J2",
      ["J2"],
    ],
    [
      "written on the goal's first row only (a common layout)",
      [
        ["G", "Resultat", "Totalt", 1, 2, 3, 1, "Minst 2", "", "Uppfyllt"],
        ["G", "Soliditet", "Totalt", 1, 2, 3, 4, "Minst 2", "", ""],
      ],
      [],
      "uppfyllt",
      "J2",
      ["J2"],
    ],
    [
      "rows that disagree: reported, no stated status",
      [
        ["G", "Resultat", "Totalt", 1, 2, 3, 1, "Minst 2", "", "Ej uppfyllt"],
        ["G", "Soliditet", "Totalt", 1, 2, 3, 4, "Minst 2", "", "Uppfyllt"],
      ],
      [],
      null,
      null,
      ["J2"],
    ],
    [
      "a goal-level cell merged over the rows settles it",
      [
        ["G", "Resultat", "Totalt", 1, 2, 3, 1, "Minst 2", "", "Delvis uppfyllt"],
        ["G", "Soliditet", "Totalt", 1, 2, 3, 4, "Minst 2", "", null],
      ],
      [{ top: 1, left: 9, bottom: 2, right: 9 }],
      "delvis",
      "J2",
      [],
    ],
  ];
  test.each(cases)("%s", (_n, rows, merges, stated, cell, conflictCells) => {
    const r = run(rows, merges);
    expect([r.goals[0].stated, r.goals[0].statedCell ?? null]).toEqual([stated, cell]);
    expect(r.findings.filter((f) => f.rule === "status-conflict").map((f) => f.cell)).toEqual(
      conflictCells
    );
  });

  test("a goals list settles rows that disagree", () => {
    const ind = gridFromRows("Nämndindikatorer", [
      HEADER,
      ["G", "Resultat", "Totalt", 1, 2, 3, 1, "Minst 2", "", "Ej uppfyllt"],
      ["G", "Soliditet", "Totalt", 1, 2, 3, 4, "Minst 2", "", "Uppfyllt"],
    ]);
    const list = gridFromRows("Mål", [
      ["Nämndmål", "Bedömning"],
      ["G", "Delvis uppfyllt"],
    ]);
    const r = checkWorkbook([ind, list], ConfigSchema.parse({ reportYear: 2023 }));
    expect([r.goals[0].stated, r.goals[0].statedCell]).toEqual(["delvis", "Mål!B2"]);
    expect(r.findings.filter((f) => f.rule === "status-conflict")).toEqual([]);
  });
});

import { ConfigSchema, DEFAULT_CONFIG } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { gridFromRows } from "../../src/domain/grid";
import { goalSheetReader, indicatorReader } from "../../src/domain/goals/reader";
import { GoalResult } from "../../src/domain/model";

function goalsOf(out: ReturnType<typeof indicatorReader.read>): GoalResult[] {
  if (!out.recognized) throw new Error("not recognised");
  return out.goals ?? [];
}

describe("indicatorReader: flat layout", () => {
  const grid = gridFromRows("Indikatorer", [
    ["Uppföljning 2021"],
    [],
    ["Nämndmål", "Indikator", "Grupp", "Utfall 2020", "Utfall 2021", "Målvärde", "Riktning", "Bedömning"],
    ["Friska medarbetare", "Sjukfrånvaro", "Totalt", 5.1, 4.8, 5, "Lägre är bättre", "Uppfyllt"],
    ["Friska medarbetare", "Sjukfrånvaro", "Kvinnor", 5.9, 5.2, null, "Lägre är bättre", null],
    [null, "Sjukfrånvaro", "Män", 4.1, 4.4, 4, "Lägre är bättre", null],
    ["Nöjda kunder", "NKI", null, 70, 72, "Minst 75", null, "Delvis uppfyllt"],
  ]);
  const out = indicatorReader.read(grid, undefined, DEFAULT_CONFIG);

  test("recognised, with goals and their indicator rows", () => {
    expect(out.recognized).toBe(true);
    const goals = goalsOf(out);
    expect(goals.map((g) => [g.goal, g.cell, g.indicators.map((i) => `${i.name}/${i.group}`)])).toEqual([
      ["Friska medarbetare", "A4", ["Sjukfrånvaro/Totalt", "Sjukfrånvaro/Kvinnor", "Sjukfrånvaro/Män"]],
      ["Nöjda kunder", "A7", ["NKI/Totalt"]],
    ]);
  });

  test("years found by their headers, values with their cells", () => {
    const i = goalsOf(out)[0].indicators[0];
    expect(i.values).toEqual([
      { year: 2020, value: 5.1, raw: "5,1", cell: "D4" },
      { year: 2021, value: 4.8, raw: "4,8", cell: "E4" },
    ]);
    expect(i).toMatchObject({ target: 5, targetCell: "F4", direction: "lower", directionGuessed: false, directionSource: "column" });
  });

  test("the Bedömning column gives the stated status on its cell", () => {
    expect(goalsOf(out).map((g) => [g.stated, g.statedCell, g.statedSheet])).toEqual([
      ["uppfyllt", "H4", "Indikatorer"],
      ["delvis", "H7", "Indikatorer"],
    ]);
  });

  test("judged on the latest year when there is no other report year", () => {
    const r = checkWorkbook([grid]);
    expect(r.reportYear).toBe(2021);
    expect(r.goals.map((g) => [g.goal, g.computed, g.decisive])).toEqual([
      ["Friska medarbetare", "delvis", ["Sjukfrånvaro (Män)"]],
      ["Nöjda kunder", "delvis", ["NKI"]],
    ]);
    expect(r.findings.filter((f) => f.rule === "status-conflict").map((f) => [f.sheet, f.cell])).toEqual([["Indikatorer", "H4"]]);
    expect(r.findings.filter((f) => f.rule === "target-not-met").map((f) => f.cell)).toEqual(["E6", "E7"]);
  });
});

describe("indicatorReader: report layout", () => {
  // Målområde as a heading row, kommunövergripande mål as a heading row, the goal merged over its rows.
  const grid = gridFromRows(
    "Nämndindikatorer",
    [
      ["Nämndmål", "Nämndindikator", 2018, 2019, "Målvärde"],
      ["Målområde: Medarbetare"],
      ["Attraktiv arbetsgivare"],
      ["Goda arbetsplatser\nAttraktiva och hälsofrämjande arbetsplatser.", "Andel heltidsanställningar", 96.5, 96.9, 97],
      [null, "Män", 100, 100, 100],
      [null, "Kvinnor", 95, 95.4, 96],
      [null, "Total sjukfrånvaro", 4.6, 2.3, 3.5],
      ["Ekonomi"],
      ["Hållbar ekonomi"],
      ["God ekonomisk kontroll", "Procentuell avvikelse", 0.8, 0.1, "Mindre än 1"],
      ["Ett mål utan indikatorer"],
      [],
      ["* Fotnot om något."],
    ],
    {
      merges: [
        { top: 1, left: 0, bottom: 1, right: 4 },
        { top: 2, left: 0, bottom: 2, right: 4 },
        { top: 3, left: 0, bottom: 6, right: 0 },
        { top: 7, left: 0, bottom: 7, right: 4 },
        { top: 8, left: 0, bottom: 8, right: 4 },
      ],
    },
  );
  const goals = goalsOf(indicatorReader.read(grid, undefined, DEFAULT_CONFIG));

  test("headings give målområde and kommunövergripande mål; the goal cell's first line is its name", () => {
    expect(goals.map((g) => [g.goal, g.malomrade, g.kommunovergripandeMal, g.cell, g.description])).toEqual([
      ["Goda arbetsplatser", "Medarbetare", "Attraktiv arbetsgivare", "A4", "Attraktiva och hälsofrämjande arbetsplatser."],
      ["God ekonomisk kontroll", "Ekonomi", "Hållbar ekonomi", "A10", undefined],
      ["Ett mål utan indikatorer", "Ekonomi", "Hållbar ekonomi", "A11", undefined],
    ]);
  });

  test("Män/Kvinnor rows belong to the indicator above", () => {
    expect(goals[0].indicators.map((i) => `${i.name}/${i.group}/${i.cell}`)).toEqual([
      "Andel heltidsanställningar/Totalt/B4",
      "Andel heltidsanställningar/Män/B5",
      "Andel heltidsanställningar/Kvinnor/B6",
      "Total sjukfrånvaro/Totalt/B7",
    ]);
  });

  test("judged: a goal with no indicators is ej-bedomd with a note", () => {
    const r = checkWorkbook([grid]);
    expect(r.goals.map((g) => [g.goal, g.computed])).toEqual([
      ["Goda arbetsplatser", "delvis"],
      ["God ekonomisk kontroll", "uppfyllt"],
      ["Ett mål utan indikatorer", "ej-bedomd"],
    ]);
    expect(r.goals[2].note).toBe("Målet har inga indikatorer");
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: "target-not-met", cell: "D4", expected: 97, actual: 96.9, related: ["E4"] }),
      expect.objectContaining({ rule: "target-not-met", cell: "D6", expected: 96, actual: 95.4 }),
    ]);
  });

  test("columns for målområde and kommunövergripande mål, merged down", () => {
    const g = gridFromRows(
      "Ind",
      [
        ["Målområde", "Kommunövergripande mål", "Nämndmål", "Nämndindikator", "2019", "Målvärde"],
        ["Samhälle", "Trygg kommun", "Aktivt trygghetsarbete", "Trygghetsvandringar", 19, 18],
        [null, null, null, "Våldsbrott", 733, 750],
        [null, "Klimatsmart kommun", "Giftfri miljö", "Ekologisk åkermark", 31, 30],
      ],
      { merges: [{ top: 1, left: 0, bottom: 3, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }] },
    );
    const gs = goalsOf(indicatorReader.read(g, undefined, DEFAULT_CONFIG));
    expect(gs.map((x) => [x.goal, x.malomrade, x.kommunovergripandeMal, x.indicators.length])).toEqual([
      ["Aktivt trygghetsarbete", "Samhälle", "Trygg kommun", 2],
      ["Giftfri miljö", "Samhälle", "Klimatsmart kommun", 1],
    ]);
  });
});

describe("indicatorReader: awkward cells get a clear result", () => {
  const grid = gridFromRows("Ind", [
    ["Nämndmål", "Indikator", "2018", "2019", "Målvärde"],
    ["Mål", "Ingen målvärde", 3, 4, null],
    [null, "Pensionsmedel", "1,5 mnkr", "1 723 tkr.", "Minst 1 600 tkr"],
    [null, "Skuld", "0 kr", "1 tkr", "Max 900 kr."],
    [null, "Mark", "I.U.", "800 ha.", "50 %"],
    [null, "Text i talcell", 3, "ökade", 5],
    [null, "Felvärde", 3, { error: "#REF!" }, 5],
    [null, "Oläsligt mål", 3, 4, "Hög nivå"],
    [null, "Sant", 3, true, 5],
  ]);
  const r = checkWorkbook([grid]);
  const byName = new Map(r.goals[0].indicators.map((i) => [i.name, i]));

  test.each([
    ["Ingen målvärde", { status: "ej-bedomd", target: null, value: 4, note: "Inget målvärde" }],
    ["Pensionsmedel", { status: "uppfyllt", target: 1600, value: 1723, unit: "tkr", trend: "better" }],
    ["Skuld", { status: "ej-uppfyllt", target: 900, value: 1000, unit: "kr", direction: "lower" }],
    ["Mark", { status: "ej-bedomd", target: null, value: 800 }],
    ["Text i talcell", { status: "ej-bedomd", stale: true, year: 2018, value: 3 }],
    ["Felvärde", { status: "ej-bedomd", stale: true }],
    ["Oläsligt mål", { status: "ej-bedomd", target: null, targetRaw: "Hög nivå" }],
    ["Sant", { status: "ej-bedomd" }],
  ])("%s", (name, expected) => {
    expect(byName.get(name)).toMatchObject(expected);
  });

  test("units that cannot be compared are said so", () => {
    expect(byName.get("Mark")?.note).toBe("Enheterna går inte att jämföra (2019: ha, målvärde: %)");
    expect(byName.get("Oläsligt mål")?.note).toBe("Målvärdet ”Hög nivå” går inte att läsa");
  });

  test("unreadable values and targets are invalid-value findings naming sheet and cell", () => {
    const inv = r.findings.filter((f) => f.rule === "invalid-value");
    expect(inv.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Ind", "D6"],
      ["error", "Ind", "D7"],
      ["error", "Ind", "E8"],
      ["error", "Ind", "D9"],
    ]);
    expect(inv[0].message).toBe("Värdet ”ökade” i Ind!D6 (”Text i talcell”, 2019) går inte att läsa som tal. Skriv ett tal, I.U. eller Se ÅR.");
    expect(inv[2].message).toMatch(/^Målvärdet ”Hög nivå” i Ind!E8/);
  });
});

describe("indicatorReader: units and relative targets, end to end", () => {
  const grid = gridFromRows("Ind", [
    ["Nämndmål", "Indikator", "2017", "2018", "2019", "Målvärde"],
    ["Mål", "Kostnad per brukare", 98000, 101000, "104 000 kr", "100 tkr"],
    [null, "Kostnad per elev", "98 000", "101 000", "104 000", "100 tkr"],
    [null, "Handläggningstid bygglov", 6, 5, "4 dagar", "Max 5 dagar"],
    [null, "Nöjda besökare", 78, 80, 82, "Minst 80 procent"],
    [null, "Lediga platser", 4, 3, 2, "Högst 3 st"],
    [null, "Anmälda brott per 1 000 inv", 60, 62, 61, "Lägre än 2018"],
    [null, "Antal besök", 900, 950, 1000, "Ökning"],
    [null, "Sjukfrånvaro", 5, 5.5, 5.6, "Lägre än 2019"],
  ]);
  const r = checkWorkbook([grid], ConfigSchema.parse({ reportYear: 2019 }));
  const byName = new Map(r.goals[0].indicators.map((i) => [i.name, i]));

  test.each([
    // Before: 104 tkr against 101 000 "tkr" read as improving (delvis). Cost rose every year, lower is better.
    ["Kostnad per brukare", { status: "ej-uppfyllt", value: 104000, target: 100000, unit: "kr", trend: "worse", direction: "lower" }],
    ["Kostnad per elev", { status: "ej-uppfyllt", value: 104000, target: 100000, unit: "kr", trend: "worse" }],
    ["Handläggningstid bygglov", { status: "uppfyllt", value: 4, target: 5, unit: "dagar", targetOperator: "<=", direction: "lower", directionSource: "target" }],
    ["Nöjda besökare", { status: "uppfyllt", value: 82, target: 80, unit: "%", targetOperator: ">=" }],
    ["Lediga platser", { status: "uppfyllt", value: 2, target: 3, unit: "st" }],
    ["Anmälda brott per 1 000 inv", { status: "uppfyllt", value: 61, target: 62, targetOperator: "<", directionSource: "target" }],
    ["Antal besök", { status: "uppfyllt", value: 1000, target: 950, targetOperator: ">" }],
    ["Sjukfrånvaro", { status: "ej-bedomd", value: 5.6, target: null }],
  ])("%s", (name, expected) => {
    expect(byName.get(name)).toMatchObject(expected);
  });

  test("the unit rule is noted where a unit was inferred from magnitudes", () => {
    expect(byName.get("Kostnad per elev")?.note).toMatch(/Värden utan enhet läses som kr/);
    expect(byName.get("Kostnad per brukare")?.note).toBeUndefined();
  });

  test("target-not-met speaks in the row's unit; relative targets are never the year as a number", () => {
    const misses = r.findings.filter((f) => f.rule === "target-not-met");
    expect(misses.map((f) => [f.cell, f.actual, f.expected])).toEqual([
      ["E2", 104000, 100000],
      ["E3", 104000, 100000],
    ]);
    expect(misses[0].message).toMatch(/Kostnad per brukare 104\u00A0000 kr \(2019\) mot målvärde ”100 tkr”/);
    expect(r.findings.filter((f) => f.rule === "invalid-value")).toEqual([]);
    expect(byName.get("Sjukfrånvaro")?.note).toMatch(/relativt målvärde ”Lägre än 2019”: jämförs med 2019, som inte ligger före 2019; jämförs inte/i);
  });
});

describe("indicatorReader: what it does not take", () => {
  test.each([
    ["a driftsammandrag", [["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"], ["HR-staben", 49159, 44224, -4935]]],
    ["a goals list", [["Nämndmål", "Bedömning"], ["Goda arbetsplatser", "Uppfyllt"]]],
    ["years but no Målvärde", [["Indikator", "2018", "2019"], ["Sjukfrånvaro", 4, 3]]],
  ])("%s", (_n, rows) => {
    expect(indicatorReader.read(gridFromRows("S", rows), undefined, DEFAULT_CONFIG).recognized).toBe(false);
  });

  test("an indicator header without Målvärde gives a reason", () => {
    expect(indicatorReader.read(gridFromRows("S", [["Indikator", "2018", "2019"], ["x", 1, 2]]), undefined, DEFAULT_CONFIG)).toEqual({
      recognized: false,
      reason: "rubrikraden har en indikatorkolumn men ingen kolumn Målvärde",
      score: 0.5,
    });
  });

  test("header row and label column from the sheet override", () => {
    const g = gridFromRows("S", [["x"], ["Mål", "Namn", "2019", "Målvärde"], ["A", "B", 1, 2]]);
    const out = indicatorReader.read(g, { headerRow: 2, labelColumn: "B" }, DEFAULT_CONFIG);
    expect(goalsOf(out)[0].indicators[0]).toMatchObject({ name: "B", target: 2 });
  });

  test("config.indicatorDirections sets the direction", () => {
    const g = gridFromRows("S", [["Nämndmål", "Indikator", "2019", "Målvärde"], ["A", "Chefsomsättning", 8.3, 15]]);
    const config = ConfigSchema.parse({ indicatorDirections: { chefsomsättning: "lower" } });
    expect(checkWorkbook([g], config).goals[0].indicators[0]).toMatchObject({ status: "uppfyllt", direction: "lower", directionGuessed: false, directionSource: "config" });
  });
});

describe("goalSheetReader", () => {
  test("words, fill colours, headings skipped, unreadable reported", () => {
    const g = gridFromRows(
      "Mål",
      [
        ["Måluppfyllelse 2019"],
        ["Nämndmål", "Bedömning"],
        ["Samhälle"],
        ["Aktivt trygghetsarbete", "Uppnått"],
        ["Giftfri miljö", { value: null, fill: "00B050" }],
        ["Klimat", { value: null, fill: "FFFF00" }],
        ["Inköp", { value: null, fill: "FF0000" }],
        ["God finansiell ställning", "-"],
        ["Oklart", "Kanske"],
        ["Tomt", null],
      ],
    );
    const out = goalSheetReader.read(g, undefined, DEFAULT_CONFIG);
    expect(out).toEqual({
      recognized: true,
      kind: "mal",
      statedStatuses: [
        { goal: "Aktivt trygghetsarbete", status: "Uppnått", cell: "B4" },
        { goal: "Giftfri miljö", status: "", cell: "B5", fill: "00B050" },
        { goal: "Klimat", status: "", cell: "B6", fill: "FFFF00" },
        { goal: "Inköp", status: "", cell: "B7", fill: "FF0000" },
        { goal: "God finansiell ställning", status: "-", cell: "B8" },
        { goal: "Oklart", status: "Kanske", cell: "B9" },
        { goal: "Tomt", status: "", cell: "B10" },
      ],
      findings: [expect.objectContaining({ rule: "invalid-value", severity: "warning", sheet: "Mål", cell: "B9" })],
    });
    const goals = checkWorkbook([g]).goals;
    expect(goals.map((x) => x.stated)).toEqual(["uppfyllt", "uppfyllt", "delvis", "ej-uppfyllt", "ej-bedomd", null, null]);
  });

  test("not a goals list", () => {
    expect(goalSheetReader.read(gridFromRows("S", [["Verksamhet", "Bokslut 2019"], ["HR", 1]]), undefined, DEFAULT_CONFIG).recognized).toBe(false);
  });
});

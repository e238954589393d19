import { DEFAULT_CONFIG } from "../../src/domain/config";
import { checkWorkbook } from "../../src/domain/engine";
import { CellInput, gridFromRows } from "../../src/domain/grid";
import { findIndicatorLayout, headerRegion, mayHoldGoalList, mayHoldIndicators } from "../../src/domain/goals/layout";
import { goalSheetReader, indicatorReader } from "../../src/domain/goals/reader";
import { largeDriftGrid } from "../../src/fixtures/layouts";
import { ks2019GoalStatusGrid, ks2019IndicatorFlatGrid, ks2019IndicatorGrid, ks2019IndicatorHeadingRowsGrid } from "../../src/fixtures/ks2019-goals";

/** `n` lines of prose, as a controller writes above a table. */
function titleBlock(n: number): CellInput[][] {
  return Array.from({ length: n }, (_, i) => [i === 0 ? "Nämndindikatorer, verksamhetsberättelse" : `Kommentar rad ${i + 1}: uppföljningen görs per halvår.`]);
}

const INDICATOR_HEADER: CellInput[] = ["Nämndmål", "Indikator", 2018, 2019, "Målvärde"];
const INDICATOR_ROWS: CellInput[][] = [
  ["Friska medarbetare", "Sjukfrånvaro (%)", 5.1, 4.8, 5],
  ["Nöjda kunder", "NKI", 70, 72, "Minst 75"],
];

describe("goal readers on a large financial sheet", () => {
  const grid = largeDriftGrid(20_000);

  test("the 20 000-row driftsammandrag is still read as a driftsammandrag", () => {
    const result = checkWorkbook([grid]);
    expect(result.sheets).toEqual([{ name: "Driftsammandrag", kind: "driftsammandrag" }]);
    expect(result.tables.length).toBeGreaterThan(0);
    expect(result.goals).toEqual([]);
  });

  test("both goal readers turn it away without a reason", () => {
    expect(indicatorReader.read(grid, undefined, DEFAULT_CONFIG)).toEqual({
      recognized: false,
      score: 0,
    });
    expect(goalSheetReader.read(grid, undefined, DEFAULT_CONFIG)).toEqual({
      recognized: false,
      score: 0,
    });
  });

  test("the header search looks at the title, the header and the start of the body only", () => {
    const region = headerRegion(grid);
    // Title, header, section heading, then two rows of amounts: the third row of amounts ends the search.
    expect(region.rows).toEqual([0, 1, 2, 3, 4]);
    expect(region.width).toBe(4);
    expect([mayHoldIndicators(region), mayHoldGoalList(region)]).toEqual([false, false]);
  });
});

describe("headers below a long title block", () => {
  test("an indicator header on row 25 is found", () => {
    const grid = gridFromRows("Indikatorer", [...titleBlock(24), INDICATOR_HEADER, ...INDICATOR_ROWS]);
    expect(findIndicatorLayout(grid)).toMatchObject({
      headerRow: 24,
      labelCol: 1,
      targetCol: 4,
      goalCol: 0,
    });
    const result = checkWorkbook([grid]);
    expect(result.sheets).toEqual([{ name: "Indikatorer", kind: "indikatorer" }]);
    expect(result.goals.map((g) => [g.goal, g.cell, g.indicators.map((i) => `${i.name} ${i.targetCell}`)])).toEqual([
      ["Friska medarbetare", "A26", ["Sjukfrånvaro (%) E26"]],
      ["Nöjda kunder", "A27", ["NKI E27"]],
    ]);
  });

  test("blank rows do not count towards the rows searched: a header on row 70 after 30 lines of text is found", () => {
    const rows: CellInput[][] = [];
    for (const line of titleBlock(30)) rows.push(line, []);
    rows.push([], [], [], [], [], [], [], []);
    const grid = gridFromRows("Indikatorer", [...rows, INDICATOR_HEADER, ...INDICATOR_ROWS]);
    expect(findIndicatorLayout(grid)?.headerRow).toBe(68);
  });

  test("a goals list header on row 25 is found", () => {
    const grid = gridFromRows("Mål", [...titleBlock(24), ["Nämndmål", "Bedömning"], ["Goda arbetsplatser", "Uppfyllt"]]);
    expect(goalSheetReader.read(grid, undefined, DEFAULT_CONFIG)).toMatchObject({
      recognized: true,
      statedStatuses: [{ goal: "Goda arbetsplatser", status: "Uppfyllt", cell: "B26" }],
    });
  });

  test("a line or two of key figures above the header do not end the search", () => {
    const keyFigures: CellInput[][] = [
      ["Invånare", 163_000, "Anställda", 4_200],
      ["Nettokostnad, mnkr", 1_250.5, "Budget, mnkr", 1_240.2],
    ];
    const grid = gridFromRows("Indikatorer", [["Uppföljning"], ...keyFigures, INDICATOR_HEADER, ...INDICATOR_ROWS]);
    expect(findIndicatorLayout(grid)?.headerRow).toBe(3);
  });

  test("a table body ends the search: a header under three rows of amounts is not taken", () => {
    const body: CellInput[][] = [
      ["Enhet 1", 100, 90],
      ["Enhet 2", 200, 210],
      ["Enhet 3", 300, 280],
    ];
    const grid = gridFromRows("Blandat", [["Verksamhet", "Bokslut", "Budget"], ...body, INDICATOR_HEADER, ...INDICATOR_ROWS]);
    expect(headerRegion(grid).rows).toEqual([0, 1, 2]);
    expect(findIndicatorLayout(grid)).toBeUndefined();
  });

  test("a sheet override still reads a header beyond the searched rows", () => {
    const grid = gridFromRows("Indikatorer", [...titleBlock(60), INDICATOR_HEADER, ...INDICATOR_ROWS]);
    expect(findIndicatorLayout(grid)).toBeUndefined();
    const out = indicatorReader.read(grid, { headerRow: 61 }, DEFAULT_CONFIG);
    expect(out.recognized && out.goals?.map((g) => g.cell)).toEqual(["A62", "A63"]);
  });
});

describe("the ks2019 sheets pass the quick look in every layout", () => {
  test.each([
    ["report layout, merged", ks2019IndicatorGrid(), "indikatorer"],
    ["report layout with heading rows", ks2019IndicatorHeadingRowsGrid(), "indikatorer"],
    ["flat layout", ks2019IndicatorFlatGrid(), "indikatorer"],
    ["goals list", ks2019GoalStatusGrid(), "mal"],
  ] as const)("%s", (_name, grid, kind) => {
    const region = headerRegion(grid);
    expect(kind === "indikatorer" ? mayHoldIndicators(region) : mayHoldGoalList(region)).toBe(true);
    expect(checkWorkbook([grid]).sheets[0].kind).toBe(kind);
  });
});

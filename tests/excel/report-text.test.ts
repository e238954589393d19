import { linkReference, rowHeightRuns, textForExcel } from "../../src/excel/office-report-renderer";

describe("textForExcel: strings Excel would retype go in behind the text prefix", () => {
  it.each([
    ["2017", "'2017"],
    ["5", "'5"],
    ["1, 2", "'1, 2"],
    ["12 %", "'12 %"],
    ["2019-12-31", "'2019-12-31"],
    ["1/2", "'1/2"],
    ["12:30", "'12:30"],
    ["=SUMMA(B2:B4)", "'=SUMMA(B2:B4)"],
    ["+13,7", "'+13,7"],
    ["-", "'-"],
    ["(3)", "'(3)"],
    ["@x", "'@x"],
    ["SANT", "'SANT"],
    ["false", "'false"],
    ["#DIV/0!", "'#DIV/0!"],
    ["#N/A", "'#N/A"],
  ])("%s → %s", (input, written) => {
    expect(textForExcel(input)).toBe(written);
  });

  it.each(["HR-staben", "0 av 3", "B12", "Kontrollresultat", "−4,9 mnkr är ett underskott", ""])("%s stays as it is", (input) => {
    expect(textForExcel(input)).toBe(input);
  });
});

describe("linkReference", () => {
  it.each([
    ["Drift", "B5", "'Drift'!B5"],
    ["T2", "A1", "'T2'!A1"],
    ["Nämndindikatorer", "G25", "'Nämndindikatorer'!G25"],
    ["Kalles blad", "C3:C9", "'Kalles blad'!C3:C9"],
    ["Kalle's", "A1", "'Kalle''s'!A1"],
  ])("%s, %s → %s", (sheet, cell, ref) => {
    expect(linkReference(sheet, cell)).toBe(ref);
  });
});

describe("rowHeightRuns: one call per run of equal heights", () => {
  it.each([
    [[], []],
    [[22], [{ first: 0, count: 1, height: 22 }]],
    [[15, 15, 30, 30, 30, 15], [{ first: 0, count: 2, height: 15 }, { first: 2, count: 3, height: 30 }, { first: 5, count: 1, height: 15 }]],
    [[15, null, 15, undefined], [{ first: 0, count: 1, height: 15 }, { first: 2, count: 1, height: 15 }]],
  ] as const)("%j", (heights, runs) => {
    expect(rowHeightRuns(heights)).toEqual(runs);
  });
});

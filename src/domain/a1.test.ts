import { columnIndex, columnLetters, fromA1, rangeA1, sheetRef, toA1 } from "./a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %d is %s and back", (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
    expect(columnIndex(letters.toLowerCase())).toBe(i);
  });

  it.each([
    [0, 0, "A1"],
    [11, 1, "B12"],
    [19999, 27, "AB20000"],
  ])("(%d, %d) is %s and back", (row, col, a1) => {
    expect(toA1(row, col)).toBe(a1);
    expect(fromA1(a1)).toEqual({ row, col });
  });

  it.each([
    ["$B$12", { row: 11, col: 1 }],
    [" c3 ", { row: 2, col: 2 }],
    ["B", undefined],
    ["12", undefined],
    ["B12:C13", undefined],
  ])("fromA1(%j)", (a1, out) => {
    expect(fromA1(a1)).toEqual(out);
  });

  it("ranges collapse to one cell when they are one", () => {
    expect(rangeA1(2, 1, 9, 1)).toBe("B3:B10");
    expect(rangeA1(2, 1, 2, 1)).toBe("B3");
  });

  it.each([
    ["Drift", "Drift!B4"],
    ["Drift 2019", "'Drift 2019'!B4"],
    ["Kvinnor's", "'Kvinnor''s'!B4"],
    ["2019", "'2019'!B4"],
    ["Målredovisning", "Målredovisning!B4"],
  ])("sheetRef(%j)", (sheet, out) => {
    expect(sheetRef(sheet, "B4")).toBe(out);
  });
});

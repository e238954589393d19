import { convertAmount, formatEn, formatSv, parseCellNumber, parseNumberText, roundHalfAway } from "./numbers";

describe("parseNumberText", () => {
  it.each([
    ["1 234 567", 1234567],
    ["1\u00A0234", 1234],
    ["1\u202F234", 1234],
    ["3,1", 3.1],
    ["1 234,5", 1234.5],
    ["-4 935", -4935],
    ["\u22124 935", -4935],
    ["\u2013 614", -614],
    ["\u2013614", -614],
    ["\u2212 500", -500],
    ["+16,8", 16.8],
    ["(1 234)", -1234],
    ["0", 0],
    ["-0", 0],
    ["2.5", 2.5],
    ["1.234.567", 1234567],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumberText(text)).toMatchObject({ kind: "number", value });
  });

  it.each([
    ["19*", 19, { footnote: "*" }],
    ["\u2212500**", -500, { footnote: "**" }],
    ["320 mnkr", 320, { unit: "mnkr" }],
    ["1 723 tkr.", 1723, { unit: "tkr" }],
    ["900 kr", 900, { unit: "kr" }],
    ["96,9 %", 96.9, { unit: "%" }],
    ["74 (prognos)", 74, { preliminary: true }],
  ])("reads %j with its marks", (text, value, extra) => {
    expect(parseNumberText(text)).toMatchObject({ kind: "number", value, ...extra });
  });

  it.each([["#REF!"], ["#DIV/0!"], ["#N/A"], ["#VALUE!"]])("reports %s as an Excel error", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "error", code: text });
  });

  it.each([[""], ["   "], ["\u2013"], ["-"], ["\u2212"], ["\u2014"]])("reads %j as blank", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "blank" });
  });

  it.each([["I.U."], ["Se ÅR."], ["abc"], ["12 abc"], ["*"], ["1,2,3"]])("leaves %j as text", (text) => {
    expect(parseNumberText(text).kind).toBe("text");
  });

  // Thousands groups after the first have exactly three digits; anything else is not a number someone typed.
  it.each([
    { text: "1 234 567", value: 1234567 },
    { text: "12\u00A0345", value: 12345 },
    { text: "\u22121 234,5", value: -1234.5 },
    { text: "1 234 tkr", value: 1234 },
    { text: "1 23", value: undefined },
    { text: "12 3456", value: undefined },
    { text: "1 234 56", value: undefined },
    { text: "1234 567", value: undefined },
    { text: "1 2 3", value: undefined },
    { text: "1 234,5 6", value: undefined },
  ])("space grouping: $text", ({ text, value }) => {
    const p = parseNumberText(text);
    if (value === undefined) expect(p).toEqual({ kind: "text", text });
    else expect(p).toMatchObject({ kind: "number", value });
  });

  // A lone point with three digits after it is a decimal point (Swedish Excel does not group with points)
  // unless the column groups with points elsewhere; then the reader passes pointGrouping.
  it.each([
    { text: "1.234", grouping: false, value: 1.234, ambiguousPoint: true, pointGrouped: undefined },
    { text: "1.234", grouping: true, value: 1234, ambiguousPoint: true, pointGrouped: undefined },
    { text: "12.345", grouping: false, value: 12.345, ambiguousPoint: true, pointGrouped: undefined },
    { text: "12.5", grouping: false, value: 12.5, ambiguousPoint: undefined, pointGrouped: undefined },
    { text: "12.5", grouping: true, value: 12.5, ambiguousPoint: undefined, pointGrouped: undefined },
    { text: "1234.567", grouping: false, value: 1234.567, ambiguousPoint: undefined, pointGrouped: undefined },
    { text: "1.234.567", grouping: false, value: 1234567, ambiguousPoint: undefined, pointGrouped: true },
    { text: "1.234,5", grouping: false, value: 1234.5, ambiguousPoint: undefined, pointGrouped: true },
  ])("point: $text (column groups with points: $grouping)", ({ text, grouping, value, ambiguousPoint, pointGrouped }) => {
    const p = parseNumberText(text, { pointGrouping: grouping });
    expect(p.kind).toBe("number");
    if (p.kind !== "number") return;
    expect(p.value).toBeCloseTo(value, 9);
    expect(p.ambiguousPoint).toBe(ambiguousPoint);
    expect(p.pointGrouped).toBe(pointGrouped);
  });
});

describe("parseCellNumber", () => {
  it.each([
    [42, { kind: "number", value: 42 }],
    [null, { kind: "blank" }],
    [undefined, { kind: "blank" }],
    [{ error: "#REF!" }, { kind: "error", code: "#REF!" }],
    [Number.NaN, { kind: "error", code: "#NUM!" }],
    [true, { kind: "text", text: "true" }],
    ["12 300", { kind: "number", value: 12300 }],
  ])("%j", (value, expected) => {
    expect(parseCellNumber(value)).toEqual(expected);
  });
});

describe("amounts", () => {
  it.each([
    [25157, "tkr", "mnkr", 25.157],
    [1, "mnkr", "tkr", 1000],
    [1500, "kr", "tkr", 1.5],
  ] as const)("converts %d %s to %s", (v, from, to, out) => {
    expect(convertAmount(v, from, to)).toBeCloseTo(out, 9);
  });
  it("formats the Swedish way", () => {
    expect(formatSv(-4935)).toBe("\u22124\u00A0935");
    expect(formatSv(25.157, 1)).toBe("25,2");
    expect(formatSv(-0.04, 1)).toBe("0,0");
  });
  it.each([
    { value: -4935, decimals: 0, sv: "\u22124\u00A0935", en: "\u22124,935" },
    { value: 1234567.25, decimals: 1, sv: "1\u00A0234\u00A0567,3", en: "1,234,567.3" },
    { value: 1.01, decimals: 2, sv: "1,01", en: "1.01" },
    { value: 999, decimals: 0, sv: "999", en: "999" },
    { value: -0.04, decimals: 1, sv: "0,0", en: "0.0" },
  ])("formats $value in both languages", ({ value, decimals, sv, en }) => {
    expect(formatSv(value, decimals)).toBe(sv);
    expect(formatEn(value, decimals)).toBe(en);
  });
  it("rounds half away from zero", () => {
    expect(roundHalfAway(-25.15, 1)).toBe(-25.2);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
  });
});

import { convertAmount, formatSv, parseCellNumber, parseNumberText, roundHalfAway } from "./numbers";

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
  it("rounds half away from zero", () => {
    expect(roundHalfAway(-25.15, 1)).toBe(-25.2);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
  });
});

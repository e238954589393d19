import { meetsTarget, parseTarget, parseTargetText, TargetOperator } from "./target";
import { Direction } from "../model";

describe("parseTarget", () => {
  const cases: Array<[string | number | null, ReturnType<typeof parseTarget>]> = [
    [97, { kind: "target", value: 97, raw: "97" }],
    [1.3, { kind: "target", value: 1.3, raw: "1,3" }],
    ["6,0", { kind: "target", value: 6, raw: "6,0" }],
    ["40 000", { kind: "target", value: 40000, raw: "40 000" }],
    ["Mindre än 70", { kind: "target", value: 70, operator: "<", raw: "Mindre än 70" }],
    ["Mindre än 1", { kind: "target", value: 1, operator: "<", raw: "Mindre än 1" }],
    ["Högst 5", { kind: "target", value: 5, operator: "<=", raw: "Högst 5" }],
    ["Max 900 kr.", { kind: "target", value: 900, operator: "<=", unit: "kr", raw: "Max 900 kr." }],
    ["Under 10", { kind: "target", value: 10, operator: "<", raw: "Under 10" }],
    ["≤ 3,5", { kind: "target", value: 3.5, operator: "<=", raw: "≤ 3,5" }],
    ["<4", { kind: "target", value: 4, operator: "<", raw: "<4" }],
    ["Större än 50", { kind: "target", value: 50, operator: ">", raw: "Större än 50" }],
    ["Minst 80 %", { kind: "target", value: 80, operator: ">=", unit: "%", raw: "Minst 80 %" }],
    ["Över 61,9", { kind: "target", value: 61.9, operator: ">", raw: "Över 61,9" }],
    ["≥ 18", { kind: "target", value: 18, operator: ">=", raw: "≥ 18" }],
    [">= 18", { kind: "target", value: 18, operator: ">=", raw: ">= 18" }],
    ["> 0", { kind: "target", value: 0, operator: ">", raw: "> 0" }],
    ["Inte över 3", { kind: "target", value: 3, operator: "<=", raw: "Inte över 3" }],
    ["300 ha.", { kind: "target", value: 300, unit: "ha", raw: "300 ha." }],
    ["1750 tkr.", { kind: "target", value: 1750, unit: "tkr", raw: "1750 tkr." }],
    [null, { kind: "none", raw: "" }],
    ["I.U.", { kind: "none", raw: "I.U." }],
    ["-", { kind: "none", raw: "-" }],
    ["Hög nivå", { kind: "invalid", raw: "Hög nivå" }],
    // Trailing unit words: the number and the operator stay, the unit is recorded.
    ["Minst 80 procent", { kind: "target", value: 80, operator: ">=", unit: "%", raw: "Minst 80 procent" }],
    ["Max 5 dagar", { kind: "target", value: 5, operator: "<=", unit: "dagar", raw: "Max 5 dagar" }],
    ["Högst 3 st", { kind: "target", value: 3, operator: "<=", unit: "st", raw: "Högst 3 st" }],
    ["Högst 3 st.", { kind: "target", value: 3, operator: "<=", unit: "st", raw: "Högst 3 st." }],
    ["Över 90 %", { kind: "target", value: 90, operator: ">", unit: "%", raw: "Över 90 %" }],
    ["Minst 1 200 personer", { kind: "target", value: 1200, operator: ">=", unit: "personer", raw: "Minst 1 200 personer" }],
    ["Minst 40 antal", { kind: "target", value: 40, operator: ">=", unit: "antal", raw: "Minst 40 antal" }],
    ["Under 2 mnkr", { kind: "target", value: 2, operator: "<", unit: "mnkr", raw: "Under 2 mnkr" }],
    ["Max 10 tkr", { kind: "target", value: 10, operator: "<=", unit: "tkr", raw: "Max 10 tkr" }],
    ["Minst 50 ha", { kind: "target", value: 50, operator: ">=", unit: "ha", raw: "Minst 50 ha" }],
    ["Högst 48 timmar", { kind: "target", value: 48, operator: "<=", unit: "timmar", raw: "Högst 48 timmar" }],
    // Relative targets: never the number in the words.
    ["Lägre än 2019", { kind: "relative", reference: { year: 2019 }, direction: "lower", inclusive: false, raw: "Lägre än 2019" }],
    ["Högre än 2018 års nivå", { kind: "relative", reference: { year: 2018 }, direction: "higher", inclusive: false, raw: "Högre än 2018 års nivå" }],
    ["Mindre än 2018", { kind: "relative", reference: { year: 2018 }, direction: "lower", inclusive: false, raw: "Mindre än 2018" }],
    ["Bättre än föregående år", { kind: "relative", reference: "previous", inclusive: false, raw: "Bättre än föregående år" }],
    ["Lägre än förra året", { kind: "relative", reference: "previous", direction: "lower", inclusive: false, raw: "Lägre än förra året" }],
    ["Fler än i fjol", { kind: "relative", reference: "previous", direction: "higher", inclusive: false, raw: "Fler än i fjol" }],
    ["Ökning", { kind: "relative", reference: "previous", direction: "higher", inclusive: false, raw: "Ökning" }],
    ["Öka", { kind: "relative", reference: "previous", direction: "higher", inclusive: false, raw: "Öka" }],
    ["Ska öka", { kind: "relative", reference: "previous", direction: "higher", inclusive: false, raw: "Ska öka" }],
    ["Minska", { kind: "relative", reference: "previous", direction: "lower", inclusive: false, raw: "Minska" }],
    ["Minskning.", { kind: "relative", reference: "previous", direction: "lower", inclusive: false, raw: "Minskning." }],
    ["Förbättring", { kind: "relative", reference: "previous", inclusive: false, raw: "Förbättring" }],
    ["Minst 2018 års nivå", { kind: "relative", reference: { year: 2018 }, direction: "higher", inclusive: true, raw: "Minst 2018 års nivå" }],
    ["Minst samma som 2018", { kind: "relative", reference: { year: 2018 }, direction: "higher", inclusive: true, raw: "Minst samma som 2018" }],
    ["Högst föregående års nivå", { kind: "relative", reference: "previous", direction: "lower", inclusive: true, raw: "Högst föregående års nivå" }],
    // Amounts that only look like years: grouping, a unit, or a bound word without "än" keep them numbers.
    ["Mindre än 2 000", { kind: "target", value: 2000, operator: "<", raw: "Mindre än 2 000" }],
    ["Mindre än 2000 kr", { kind: "target", value: 2000, operator: "<", unit: "kr", raw: "Mindre än 2000 kr" }],
    ["Minst 2019", { kind: "target", value: 2019, operator: ">=", raw: "Minst 2019" }],
    ["Mindre än hälften", { kind: "invalid", raw: "Mindre än hälften" }],
  ];
  test.each(cases)("%p", (input, expected) => {
    expect(parseTarget(input === null ? undefined : { value: input })).toEqual(expected);
  });

  test("an error value is invalid, not a crash", () => {
    expect(parseTarget({ value: { error: "#N/A" } })).toEqual({ kind: "invalid", raw: "#N/A" });
  });

  test.each(["Lägre än 2019", "Bättre än 2018", "Högre än föregående år", "Ökning", "Minska", "Lägre än 2019 års nivå", "Större än nivån 2017"])(
    "%p is never read as a number",
    (text) => {
      const p = parseTargetText(text);
      expect(p.kind).toBe("relative");
      expect("value" in p).toBe(false);
    },
  );

  test("'Min' is not read inside 'Mindre'", () => {
    expect(parseTargetText("Mindre än 12")).toMatchObject({ operator: "<", value: 12 });
  });
});

describe("meetsTarget", () => {
  const cases: Array<[number, number, Direction, TargetOperator | undefined, boolean]> = [
    [0.1, 1, "lower", "<", true], // Mindre än 1: 0,1 meets
    [1, 1, "lower", "<", false], // exactly 1 does not
    [900, 900, "lower", "<=", true], // Max 900
    [901, 900, "lower", "<=", false],
    [50, 50, "higher", ">", false], // Större än 50
    [62, 50, "higher", ">", true],
    [80, 80, "higher", ">=", true], // Minst 80
    [97, 97, "higher", undefined, true], // a bare number is inclusive
    [96.9, 97, "higher", undefined, false],
    [2.3, 3.5, "lower", undefined, true],
    [1.85, 1.3, "lower", undefined, false],
    [0.1, 0.15, "lower", undefined, true],
    [0.15, 0.15, "lower", undefined, true], // binary noise must not break an equal comparison
    [0.1 + 0.2, 0.3, "lower", "<=", true],
    [5, 5, "higher", "<", true], // words disagree with a given direction: inclusive in that direction
  ];
  test.each(cases)("%p vs %p (%s, %s) → %p", (value, target, dir, op, expected) => {
    expect(meetsTarget(value, target, dir, op)).toBe(expected);
  });
});

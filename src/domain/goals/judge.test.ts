import { GoalStatus, IndicatorResult } from "../model";
import { judgeGoal, judgeIndicator } from "./judge";

type V = number | string | null;

/** An indicator as the reader hands it over: values per year (a string is a marker as written), a target. */
function ind(values: Record<number, V>, target: number | null, extra: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    name: "Indikator",
    group: "Totalt",
    year: null,
    value: null,
    target,
    direction: "higher",
    directionGuessed: false,
    status: "ej-bedomd",
    cell: "A5",
    values: Object.entries(values).map(([y, v], k) => ({
      year: Number(y),
      value: typeof v === "number" ? v : null,
      raw: v === null ? "" : String(v),
      cell: `${String.fromCharCode(66 + k)}5`,
    })),
    trend: null,
    stale: false,
    ...extra,
  };
}

describe("judgeIndicator", () => {
  const cases: Array<[string, IndicatorResult, number | null, Partial<IndicatorResult>]> = [
    ["meets (higher)", ind({ 2018: 5, 2019: 19 }, 18), 2019, { status: "uppfyllt", year: 2019, value: 19, cell: "C5", trend: "better", stale: false }],
    ["meets exactly", ind({ 2019: 83 }, 83), 2019, { status: "uppfyllt", trend: null }],
    ["misses but improved → delvis", ind({ 2018: 96.5, 2019: 96.9 }, 97), 2019, { status: "delvis", trend: "better" }],
    ["misses and worse → ej-uppfyllt", ind({ 2018: 69, 2019: 57 }, 90), 2019, { status: "ej-uppfyllt", trend: "worse" }],
    ["misses, no earlier value → ej-uppfyllt", ind({ 2018: "I.U.", 2019: 55 }, 80), 2019, { status: "ej-uppfyllt", trend: null }],
    ["misses, unchanged → ej-uppfyllt", ind({ 2018: 5, 2019: 5 }, 6), 2019, { status: "ej-uppfyllt", trend: "unchanged" }],
    ["lower is better: meets", ind({ 2018: 4.6, 2019: 2.3 }, 3.5, { direction: "lower" }), 2019, { status: "uppfyllt", trend: "better" }],
    ["lower is better: worse", ind({ 2018: 0.8, 2019: 1.85 }, 1.3, { direction: "lower" }), 2019, { status: "ej-uppfyllt", trend: "worse" }],
    ["lower is better: improved", ind({ 2018: 9.8, 2019: 7.4 }, 6, { direction: "lower" }), 2019, { status: "delvis", trend: "better" }],
    ["previous available value skips an I.U.", ind({ 2017: 10, 2018: "I.U.", 2019: 12 }, 20), 2019, { status: "delvis", trend: "better" }],
    ["strict bound: Mindre än 1 and exactly 1", ind({ 2019: 1 }, 1, { direction: "lower", targetOperator: "<" }), 2019, { status: "ej-uppfyllt" }],
    ["strict bound: Mindre än 1 and 0,1", ind({ 2019: 0.1 }, 1, { direction: "lower", targetOperator: "<" }), 2019, { status: "uppfyllt" }],
    [
      "report year I.U. → ej-bedomd and stale, never judged on 2018",
      ind({ 2018: 76, 2019: "I.U." }, 78),
      2019,
      { status: "ej-bedomd", stale: true, year: 2018, value: 76, cell: "B5", trend: null },
    ],
    ["report year Se ÅR. → ej-bedomd", ind({ 2018: 62, 2019: "Se ÅR." }, 50), 2019, { status: "ej-bedomd", stale: true }],
    [
      "report year blank and nothing earlier",
      ind({ 2018: "I.U.", 2019: null }, 50),
      2019,
      { status: "ej-bedomd", stale: false, year: null, value: null, cell: "C5" },
    ],
    ["no column for the report year", ind({ 2017: 3, 2018: 4 }, 5), 2019, { status: "ej-bedomd", stale: true, year: 2018, value: 4, cell: "C5" }],
    ["no target", ind({ 2019: 6 }, null), 2019, { status: "ej-bedomd", year: 2019, value: 6 }],
    ["direction unknown", ind({ 2018: 28.6, 2019: 8.3 }, 15, { directionUnknown: true }), 2019, { status: "ej-bedomd", trend: null }],
    ["no report year: the latest column", ind({ 2018: 1, 2019: 3 }, 2), null, { status: "uppfyllt", year: 2019 }],
    ["no years at all", ind({}, 2), null, { status: "ej-bedomd", year: null, cell: "A5" }],
    ["a later column than the report year is not used", ind({ 2019: 1, 2020: 9 }, 5), 2019, { status: "ej-uppfyllt", value: 1 }],
  ];
  test.each(cases)("%s", (_n, input, year, expected) => {
    expect(judgeIndicator(input, year)).toMatchObject(expected);
  });

  test.each([
    [ind({ 2018: 76, 2019: "I.U." }, 78), /Inget utfall för 2019 \(I\.U\.\); senaste värde 76 \(2018\)/],
    [ind({ 2019: "Se ÅR." }, 78), /årsredovisningen \(Se ÅR\.\)/],
    [ind({ 2019: 6 }, null), /Inget målvärde/],
    [ind({ 2019: 6 }, null, { group: "Kvinnor" }), /Inget eget målvärde för gruppen/],
    [ind({ 2019: 8.3 }, 15, { directionUnknown: true }), /Riktning okänd/],
  ])("notes say why: %#", (input, re) => {
    expect(judgeIndicator(input, 2019).note).toMatch(re);
  });

  test("prognos and footnote are noted", () => {
    const i = ind({ 2019: 74 }, 77);
    i.values[0] = { ...i.values[0], preliminary: true, footnote: "*" };
    expect(judgeIndicator(i, 2019).note).toBe("Prognos; fotnot *");
  });
});

describe("judgeIndicator: relative targets (the reference is the indicator's own value)", () => {
  const rel = (values: Record<number, V>, raw: string, extra: Partial<IndicatorResult> = {}) => ind(values, null, { targetRaw: raw, ...extra });
  const cases: Array<[string, IndicatorResult, Partial<IndicatorResult>, RegExp]> = [
    [
      "Lägre än 2018: lower → uppfyllt",
      rel({ 2018: 7.4, 2019: 6.9 }, "Lägre än 2018", { direction: "lower" }),
      { status: "uppfyllt", target: 7.4, targetOperator: "<" },
      /jämfört med 7,4 \(2018\)/,
    ],
    [
      "Lägre än 2018: higher → ej-uppfyllt",
      rel({ 2018: 7.4, 2019: 8 }, "Lägre än 2018", { direction: "lower" }),
      { status: "ej-uppfyllt", target: 7.4 },
      /Relativt målvärde ”Lägre än 2018”/,
    ],
    ["Lägre än 2018: equal is not lower", rel({ 2018: 7.4, 2019: 7.4 }, "Lägre än 2018", { direction: "lower" }), { status: "ej-uppfyllt" }, /7,4 \(2018\)/],
    [
      "Lägre än 2017: missed but better than 2018 → delvis",
      rel({ 2017: 5, 2018: 9, 2019: 7 }, "Lägre än 2017", { direction: "lower" }),
      { status: "delvis", target: 5, trend: "better" },
      /5 \(2017\)/,
    ],
    [
      "Bättre än föregående år, higher",
      rel({ 2018: 70, 2019: 74 }, "Bättre än föregående år"),
      { status: "uppfyllt", target: 70, targetOperator: ">" },
      /70 \(2018\)/,
    ],
    [
      "Bättre än föregående år skips an I.U.",
      rel({ 2017: 80, 2018: "I.U.", 2019: 74 }, "Bättre än föregående år"),
      { status: "ej-uppfyllt", target: 80 },
      /80 \(2017\)/,
    ],
    ["Ökning", rel({ 2018: 3, 2019: 4 }, "Ökning"), { status: "uppfyllt", target: 3 }, /jämfört med 3 \(2018\)/],
    ["Minska, but rose", rel({ 2018: 3, 2019: 4 }, "Minska", { direction: "lower" }), { status: "ej-uppfyllt", target: 3 }, /”Minska”/],
    ["Minst 2018 års nivå: equal is enough", rel({ 2018: 3, 2019: 3 }, "Minst 2018 års nivå"), { status: "uppfyllt", targetOperator: ">=" }, /3 \(2018\)/],
    [
      "Lägre än 2019 in the 2019 report: not judged",
      rel({ 2018: 9, 2019: 7 }, "Lägre än 2019", { direction: "lower" }),
      { status: "ej-bedomd", target: null },
      /jämförs med 2019, som inte ligger före 2019; jämförs inte/,
    ],
    [
      "the referenced year has no value",
      rel({ 2017: "I.U.", 2018: 9, 2019: 7 }, "Lägre än 2017", { direction: "lower" }),
      { status: "ej-bedomd", target: null },
      /inget värde för 2017 att jämföra med/,
    ],
    ["nothing before the report year", rel({ 2019: 7 }, "Ökning"), { status: "ej-bedomd", target: null }, /inget tidigare värde att jämföra med/],
    [
      "Bättre än … with an unknown direction",
      rel({ 2018: 28.6, 2019: 8.3 }, "Bättre än föregående år", { directionUnknown: true }),
      { status: "ej-bedomd" },
      /Riktning okänd/,
    ],
    ["report year I.U.: stale, not judged", rel({ 2018: 3, 2019: "I.U." }, "Ökning"), { status: "ej-bedomd", stale: true }, /Inget utfall för 2019/],
  ];
  test.each(cases)("%s", (_n, input, expected, note) => {
    const out = judgeIndicator(input, 2019);
    expect(out).toMatchObject(expected);
    expect(out.note).toMatch(note);
  });
});

describe("judgeGoal", () => {
  const s = (status: GoalStatus, name = "I"): IndicatorResult => ({ ...ind({}, 1), name, status });
  const cases: Array<[string, IndicatorResult[], GoalStatus, string[]]> = [
    ["all met", [s("uppfyllt", "a"), s("uppfyllt", "b"), s("ej-bedomd", "c")], "uppfyllt", ["a", "b"]],
    ["one met, one missing", [s("uppfyllt", "a"), s("ej-uppfyllt", "b")], "delvis", ["b"]],
    ["none met but one improving", [s("delvis", "a"), s("ej-uppfyllt", "b")], "delvis", ["a", "b"]],
    ["none met, none improving", [s("ej-uppfyllt", "a"), s("ej-bedomd", "b")], "ej-uppfyllt", ["a"]],
    ["none assessable", [s("ej-bedomd", "a")], "ej-bedomd", []],
    ["no indicators", [], "ej-bedomd", []],
  ];
  test.each(cases)("%s", (_n, indicators, computed, decisive) => {
    expect(judgeGoal(indicators)).toEqual({ computed, decisive });
  });

  test("decisive names carry the group", () => {
    expect(judgeGoal([{ ...s("delvis", "Heltid"), group: "Kvinnor" }]).decisive).toEqual(["Heltid (Kvinnor)"]);
  });
});

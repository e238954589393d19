import { IndicatorUnit, RowNumber, rowUnits, splitUnitWord } from "./units";

/** "98 000" → bare number; "104 000 kr" → number with unit (only the units these tests need). */
function n(text: string | null): RowNumber {
  if (text === null) return { value: null };
  const m = /^([\d ,]+?)\s*(kr|tkr|mnkr|%|ha|dagar|st|personer)?$/.exec(text);
  if (!m) throw new Error(text);
  const out: RowNumber = { value: Number(m[1].replace(/ /g, "").replace(",", ".")) };
  if (m[2]) out.unit = m[2] as IndicatorUnit;
  return out;
}

describe("rowUnits: one unit for a row's values and target", () => {
  const cases: Array<[string, (string | null)[], string | null, { unit?: string; values: (number | null)[]; target: number | null; note?: RegExp }]> = [
    // The reviewer's row: the bare values take the unit of the value that states one, the target is converted.
    [
      "bare values take the unit another value states",
      ["98 000", "101 000", "104 000 kr"],
      "100 tkr",
      { unit: "kr", values: [98000, 101000, 104000], target: 100000 },
    ],
    [
      "all bare values, target in tkr, magnitudes say kr",
      ["98 000", "101 000", "104 000"],
      "100 tkr",
      { unit: "kr", values: [98000, 101000, 104000], target: 100000, note: /värden utan enhet läses som kr \(storleken stämmer med målvärdet\)/ },
    ],
    [
      "bare values a thousand times below the written ones are tkr",
      ["98", "101", "104 000 kr"],
      "100 tkr",
      { unit: "kr", values: [98000, 101000, 104000], target: 100000, note: /läses som tkr/ },
    ],
    ["all bare, target in tkr, same magnitude: the target's unit", ["95", "98", "104"], "100 tkr", { unit: "tkr", values: [95, 98, 104], target: 100 }],
    ["a miss by a factor of a few stays in the assumed unit", ["30", "35"], "100 tkr", { unit: "tkr", values: [30, 35], target: 100 }],
    ["a bare target takes the values' unit", ["0 kr", "500 kr"], "900", { unit: "kr", values: [0, 500], target: 900 }],
    [
      "a bare target far from the values' magnitude",
      ["98 000 kr", "104 000 kr"],
      "100",
      { unit: "kr", values: [98000, 104000], target: 100000, note: /målvärdet utan enhet läses som tkr/ },
    ],
    ["a target of 0 has no magnitude: the values' unit", [null, "320 mnkr"], "0", { unit: "mnkr", values: [null, 320], target: 0 }],
    ["the finest written unit: no decimals added", ["1,5 mnkr", "1 723 tkr"], "1 600 tkr", { unit: "tkr", values: [1500, 1723], target: 1600 }],
    ["value in tkr, target in kr", [null, "1 tkr"], "900 kr", { unit: "kr", values: [null, 1000], target: 900 }],
    ["no unit anywhere", ["3", "4"], "5", { values: [3, 4], target: 5 }],
    ["bare values take a non-money unit as it is", ["3", "4 dagar"], "5 dagar", { unit: "dagar", values: [3, 4], target: 5 }],
    ["counting words compare", ["3 st", "4 personer"], "5 st", { unit: "st", values: [3, 4], target: 5 }],
    ["no target", ["98 000", "104 000 kr"], null, { unit: "kr", values: [98000, 104000], target: null }],
    [
      "units that cannot meet",
      [null, "800 ha"],
      "50 %",
      { values: [null, 800], target: null, note: /^enheterna går inte att jämföra \(2019: ha, målvärde: %\)$/ },
    ],
    ["days against kr", ["3 dagar"], "5 kr", { values: [3], target: null, note: /enheterna går inte att jämföra \(2018: dagar, målvärde: kr\)/ }],
  ];
  test.each(cases)("%s", (_n, values, target, expected) => {
    const r = rowUnits(values.map(n), target === null ? null : n(target), [2018, 2019, 2020].slice(0, values.length));
    expect(r.unit).toBe(expected.unit);
    expect(r.values).toEqual(expected.values);
    expect(r.target).toBe(expected.target);
    if (expected.note) expect(r.notes.join("; ")).toMatch(expected.note);
    else expect(r.notes).toEqual([]);
  });
});

describe("splitUnitWord", () => {
  test.each([
    ["5 dagar", "5", "dagar"],
    ["80 procent", "80", "%"],
    ["3 st.", "3", "st"],
    ["12 personer", "12", "personer"],
    ["bäst", "bäst", undefined],
    ["5", "5", undefined],
  ])("%p", (text, rest, unit) => {
    expect(splitUnitWord(text)).toEqual(unit ? { text: rest, unit } : { text: rest });
  });
});

import { Cell } from "../grid";
import { parseIndicatorValue } from "./values";

describe("parseIndicatorValue", () => {
  const cases: Array<[string, Cell | undefined, ReturnType<typeof parseIndicatorValue>]> = [
    ["a number", { value: 96.9 }, { kind: "number", value: 96.9 }],
    ["a decimal comma as text", { value: "3,1" }, { kind: "number", value: 3.1 }],
    ["grouped thousands", { value: "40 000" }, { kind: "number", value: 40000 }],
    ["I.U.", { value: "I.U." }, { kind: "no-data", marker: "I.U." }],
    ["I.U without the last point", { value: "I.U" }, { kind: "no-data", marker: "I.U" }],
    ["a dash", { value: "-" }, { kind: "no-data", marker: "-" }],
    ["Se ÅR.", { value: "Se ÅR." }, { kind: "annual-report", marker: "Se ÅR." }],
    ["Se årsredovisningen", { value: "Se årsredovisningen" }, { kind: "annual-report", marker: "Se årsredovisningen" }],
    ["a forecast", { value: "74 (prognos)" }, { kind: "number", value: 74, preliminary: true }],
    ["a footnote marker", { value: "19*" }, { kind: "number", value: 19, footnote: "*" }],
    ["mnkr", { value: "320 mnkr" }, { kind: "number", value: 320, unit: "mnkr" }],
    ["tkr with a point", { value: "1 723 tkr." }, { kind: "number", value: 1723, unit: "tkr" }],
    ["kr", { value: "0 kr" }, { kind: "number", value: 0, unit: "kr" }],
    ["hectares", { value: "800 ha." }, { kind: "number", value: 800, unit: "ha" }],
    ["days", { value: "5 dagar" }, { kind: "number", value: 5, unit: "dagar" }],
    ["procent as a word", { value: "80 procent" }, { kind: "number", value: 80, unit: "%" }],
    ["pieces", { value: "3 st" }, { kind: "number", value: 3, unit: "st" }],
    ["a word that merely ends in st is text", { value: "bäst" }, { kind: "invalid", text: "bäst", targetLike: false }],
    ["a percentage format", { value: 0.969, numberFormat: "0.0%" }, { kind: "number", value: 96.9, unit: "%" }],
    ["blank", { value: null }, { kind: "blank" }],
    ["no cell", undefined, { kind: "blank" }],
    ["spaces only", { value: "  " }, { kind: "blank" }],
    ["a target where a value belongs", { value: "Mindre än 70" }, { kind: "invalid", text: "Mindre än 70", targetLike: true }],
    ["plain text", { value: "ökat" }, { kind: "invalid", text: "ökat", targetLike: false }],
    ["an error value", { value: { error: "#REF!" } }, { kind: "invalid", text: "#REF!", targetLike: false }],
  ];
  test.each(cases)("%s", (_name, cell, expected) => {
    expect(parseIndicatorValue(cell)).toEqual(expected);
  });
});

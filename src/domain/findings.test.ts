import { Finding, sortFindings } from "./findings";

const f = (rule: string, severity: Finding["severity"], sheet: string, cell: string): Finding => ({ rule, severity, sheet, cell, message: "", messageEn: "" });

describe("sortFindings", () => {
  it("orders by severity, given sheet order, row, column, then rule", () => {
    const input = [
      f("b", "info", "Drift", "B2"),
      f("a", "warning", "Drift", "B10"),
      f("a", "warning", "Drift", "B9"),
      f("a", "warning", "Drift", "AA9"),
      f("a", "warning", "Drift", "C9"),
      f("z", "error", "Inv", "A1"),
      f("a", "error", "Drift", "D5:D7"),
      f("b", "error", "Drift", "D5"),
      f("a", "error", "Okänt", "A1"),
      f("a", "error", "Annat", "A1"),
    ];
    const out = sortFindings(input, ["Drift", "Inv"]).map((x) => `${x.severity} ${x.sheet}!${x.cell} ${x.rule}`);
    expect(out).toEqual([
      "error Drift!D5:D7 a",
      "error Drift!D5 b",
      "error Inv!A1 z",
      "error Annat!A1 a",
      "error Okänt!A1 a",
      "warning Drift!B9 a",
      "warning Drift!C9 a",
      "warning Drift!AA9 a",
      "warning Drift!B10 a",
      "info Drift!B2 b",
    ]);
  });

  it("keeps the input order for equal keys and puts addresses it cannot read first", () => {
    const input = [f("r", "error", "S", "B3"), f("r", "error", "S", "Rad 2"), f("r", "error", "S", "$B$1"), f("r", "error", "S", "")];
    input[1].message = "first unreadable";
    input[3].message = "second unreadable";
    const out = sortFindings(input, ["S"]);
    expect(out.map((x) => x.cell)).toEqual(["Rad 2", "$B$1", "", "B3"]);
    expect(input.map((x) => x.cell)).toEqual(["B3", "Rad 2", "$B$1", ""]);
  });
});

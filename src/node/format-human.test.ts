import { CheckResult } from "../domain/model";
import { Finding } from "../domain/findings";
import { FileOutcome } from "./file-outcome";
import { formatFile, formatNumber, summaryLine } from "./format-human";

function finding(severity: Finding["severity"], cell = "B12"): Finding {
  return { rule: "sum-mismatch", severity, sheet: "Drift", cell, message: "Summan stämmer inte", messageEn: "The sum is wrong", expected: 2, actual: 1 };
}

function outcome(file: string, findings: Finding[], goals: CheckResult["goals"] = []): FileOutcome {
  return { file, result: { sheets: [{ name: "Drift", kind: "driftsammandrag" }], tables: [], goals, findings, reportYear: 2019 } };
}

describe("formatNumber", () => {
  const cases: [number, "sv" | "en", string][] = [
    [462114, "sv", "462 114"],
    [-22787, "sv", "-22 787"],
    [2.3, "sv", "2,3"],
    [1234567.5, "en", "1,234,567.5"],
    [0, "sv", "0"],
  ];
  it.each(cases)("%p (%s) → %s", (n, lang, expected) => expect(formatNumber(n, lang)).toBe(expected));
});

describe("summaryLine", () => {
  const cases: [string, FileOutcome[], string][] = [
    ["one file, singular forms", [outcome("a.xlsx", [finding("error"), finding("warning"), finding("info")])], "1 fil: 1 fel, 1 varning, 1 notering"],
    [
      "several files, plural forms",
      [
        outcome("a.xlsx", [finding("error"), finding("error")]),
        outcome("b.xlsx", [finding("info"), finding("info"), finding("warning"), finding("warning")]),
        outcome("c.xlsx", []),
      ],
      "3 filer: 2 fel, 2 varningar, 2 noteringar",
    ],
    [
      "an unreadable file",
      [outcome("a.xlsx", []), { file: "b.xlsx", error: { sv: "x", en: "x" } }],
      "2 filer: 0 fel, 0 varningar, 0 noteringar, 1 kunde inte läsas",
    ],
  ];
  it.each(cases)("%s", (_n, outcomes, expected) => expect(summaryLine(outcomes, "sv")).toBe(expected));
  it("English", () => expect(summaryLine([outcome("a.xlsx", [finding("error")])], "en")).toBe("1 file: 1 error, 0 warnings, 0 notes"));
});

describe("formatFile", () => {
  it("prints each finding under its sheet with cell, severity, message and rule", () => {
    const text = formatFile(outcome("a.xlsx", [finding("error", "C14")]), "sv");
    expect(text).toBe("a.xlsx\n  Blad ”Drift”: driftsammandrag\n    C14    fel       Summan stämmer inte (sum-mismatch)\n");
  });
  const goal: CheckResult["goals"][number] = {
    goal: "Goda arbetsplatser",
    sheet: "Indikatorer",
    cell: "A4",
    stated: "uppfyllt",
    statedCell: "C4",
    statedSheet: "Mål",
    computed: "ej-uppfyllt",
    indicators: [
      {
        name: "Total sjukfrånvaro",
        group: "Totalt",
        year: 2019,
        value: 8.4,
        target: 7,
        direction: "lower",
        directionGuessed: false,
        status: "ej-uppfyllt",
        cell: "E5",
        values: [],
        trend: "worse",
        stale: false,
      },
    ],
  };
  const conflict: Finding = { rule: "status-conflict", severity: "warning", sheet: "Mål", cell: "C4", message: "m", messageEn: "m" };

  it("marks a goal the engine reports as contradicted, and lists its indicators", () => {
    const text = formatFile(outcome("a.xlsx", [conflict], [goal]), "sv");
    expect(text).toContain("Goda arbetsplatser [Indikatorer!A4]: ej uppfyllt / uppfyllt  ← motsägs av indikatorerna");
    expect(text).toContain("Total sjukfrånvaro (Totalt) 2019: 8,4, målvärde 7 (lägre är bättre) → ej uppfyllt [E5]");
    expect(text).toContain("Beräknat: 1 nämndmål: 1 ej uppfyllt");
    expect(text).toContain("Angivet: 1 nämndmål: 1 uppfyllt");
  });

  it("without a status-conflict finding only notes the difference and lists no indicators unless asked", () => {
    const text = formatFile(outcome("a.xlsx", [], [goal]), "sv");
    expect(text).toContain("Goda arbetsplatser [Indikatorer!A4]: ej uppfyllt / uppfyllt  (skiljer sig från beräknad)");
    expect(text).not.toContain("Total sjukfrånvaro");
    expect(formatFile(outcome("a.xlsx", [], [goal]), "sv", { details: true })).toContain("Total sjukfrånvaro (Totalt) 2019");
  });

  it("says the direction is unknown rather than printing a guess", () => {
    const unknown = { ...goal, indicators: [{ ...goal.indicators[0], directionUnknown: true, directionGuessed: true, status: "ej-bedomd" as const }] };
    expect(formatFile(outcome("a.xlsx", [], [unknown]), "en", { details: true })).toContain("target 7 (direction unknown) → not assessed");
  });
});

import type { CheckResult, Finding, FinancialTable } from "../../src/domain";
import { buildReport } from "../../src/report";
import { draftComments } from "../../src/report/comments";
import { handRow } from "./hand-result";

/**
 * A month report (mnkr) whose printed deviations are wrong in two rows, as the
 * reviewer's manad-err.xlsx: Äldreomsorg prints −28,8 where budget − forecast
 * is −29,8, and Individ- och familjeomsorg prints −3,4 where it is +6,6. The
 * engine flags both deviation cells and, from the printed figures, asks for an
 * action plan on both. Source: A label, B Utfall, C Budget helår, D Prognos, E Avvikelse.
 */
const row = (r: number, label: string, values: (number | null)[]) => handRow(r, label, "item", values);

function table(): FinancialTable {
  return {
    sheet: "Drift aug",
    kind: "driftsammandrag",
    title: "Driftredovisning, mnkr",
    unit: "mnkr",
    headerRows: [2, 2],
    labelCol: 0,
    columns: [
      { col: 1, role: "actual", header: "Utfall jan–aug" },
      { col: 2, role: "budget", header: "Budget helår" },
      { col: 3, role: "forecast", header: "Helårsprognos" },
      { col: 4, role: "deviation", header: "Avvikelse", deviationBasis: "forecast" },
    ],
    sign: "budget-minus-actual",
    totalFirst: false,
    rows: [row(5, "Äldreomsorg", [600.2, 900, 929.8, -28.8]), row(7, "Individ- och familjeomsorg", [234.2, 310, 303.4, -3.4])],
  };
}

const f = (rule: string, severity: Finding["severity"], cell: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  sheet: "Drift aug",
  cell,
  message: rule,
  messageEn: rule,
  ...extra,
});

function result(withExpected: boolean): CheckResult {
  return {
    sheets: [{ name: "Drift aug", kind: "driftsammandrag" }],
    tables: [table()],
    goals: [],
    reportYear: 2025,
    findings: [
      f("action-plan-required", "warning", "E6"),
      f("action-plan-required", "warning", "E8"),
      f("deviation-mismatch", "error", "E6", withExpected ? { expected: -29.8, actual: -28.8 } : {}),
      f("deviation-mismatch", "error", "E8", withExpected ? { expected: 6.6, actual: -3.4 } : {}),
    ],
  };
}

describe("drafted comments never repeat a deviation the engine flagged", () => {
  it.each([true, false])("drafts from the corrected figure (engine's expected value given: %s)", (withExpected) => {
    const drafts = draftComments(result(withExpected), "sv");
    const aldre = drafts.find((d) => d.unit === "Äldreomsorg");
    const ifo = drafts.find((d) => d.unit === "Individ- och familjeomsorg");
    expect(aldre?.deviation).toBeCloseTo(-29.8, 6);
    expect(aldre?.printedDeviation).toBeCloseTo(-28.8, 6);
    // Errors come first in Kontrollresultat: E6's error is nr 1, E8's nr 2, the warnings 3 and 4.
    expect(aldre?.text).toBe(
      "Äldreomsorg prognostiserar ett underskott på −29,8 mnkr (−3,3 % av budget) vid årets slut. (Tabellens avvikelse −28,8 mnkr stämmer inte, se kontrollresultat nr 1.) Åtgärdsplan krävs enligt ekonomistyrningsreglerna; varningen (nr 3) bygger på tabellens avvikelse, så pröva kravet mot den rättade siffran.",
    );
    expect(aldre?.actionPlan).toBe(true);
    expect(ifo?.deviation).toBeCloseTo(6.6, 6);
    expect(ifo?.actionPlan).toBe(false);
    expect(ifo?.text).toContain("prognostiserar ett överskott på +6,6 mnkr");
    expect(ifo?.text).toContain("(Tabellens avvikelse −3,4 mnkr stämmer inte, se kontrollresultat nr 2.)");
    expect(ifo?.text).toContain("Varningen om åtgärdsplan (nr 4) bygger på tabellens felaktiga avvikelse");
    expect(ifo?.text).not.toContain("Åtgärdsplan krävs");
    expect(ifo?.text).not.toMatch(/underskott på −3,4/);
  });

  it("writes the same sentences into the report's Kommentarsunderlag, numbered as its Kontrollresultat", () => {
    const spec = buildReport(result(true), {
      workbookName: "m.xlsx",
      date: "2025-09-15",
      language: "sv",
    });
    const findings = spec.blocks.find((b) => b.id === "kontrollresultat");
    const comments = spec.blocks.find((b) => b.id === "kommentarer");
    const texts = (comments?.rows ?? []).map((r) => String(r[2]?.value ?? ""));
    const aldre = texts.find((t) => t.startsWith("Äldreomsorg"));
    const n = Number(/kontrollresultat nr (\d+)/.exec(aldre ?? "")?.[1]);
    const listed = findings?.rows.find((r) => r[0]?.value === n);
    expect(listed?.[2]?.value).toBe("deviation-mismatch");
    expect(listed?.[5]?.value).toBe("E6");
    expect(texts.join("\n")).not.toMatch(/underskott på −28,8/);
  });

  it("says it in English too", () => {
    const ifo = draftComments(result(true), "en").find((d) => d.unit === "Individ- och familjeomsorg");
    expect(ifo?.text).toContain("forecasts a surplus of +6.6 mnkr");
    expect(ifo?.text).toContain("The table's deviation of −3.4 mnkr is wrong, see check result no. 2.");
  });
});

describe("a flagged deviation that rounds to the same figure", () => {
  it("drafts the sentence as usual: no wrong figure is repeated", () => {
    const r = result(true);
    const t = table();
    const rows = [row(5, "Äldreomsorg", [600.2, 900, 929.8, -29.84]), t.rows[1]];
    const findings = r.findings.map((x) => (x.cell === "E6" && x.severity === "error" ? { ...x, expected: -29.8 } : x));
    const d = draftComments({ ...r, tables: [{ ...t, rows }], findings }, "sv").find((x) => x.unit === "Äldreomsorg");
    expect(d?.text).toBe(
      "Äldreomsorg prognostiserar ett underskott på −29,8 mnkr (−3,3 % av budget) vid årets slut. Åtgärdsplan krävs enligt ekonomistyrningsreglerna.",
    );
    expect(d?.printedDeviation).toBeUndefined();
  });
});

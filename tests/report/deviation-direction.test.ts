import { checkWorkbook, gridFromRows, type CellInput } from "../../src/domain";
import { buildReport } from "../../src/report/build";
import { draftComments } from "../../src/report/comments";
import { resultStatementGrid } from "../../src/fixtures/layouts";
import { deviationShare, rowDeviation } from "../../src/report/financial-view";
import type { ReportBlock, SpecCell } from "../../src/report/spec";

/**
 * The report and its drafted sentences say surplus and deficit the same way
 * whichever sign convention the table uses. Enhet A underspends (190 000
 * against 200 000), Enhet B overspends by 10 %.
 */
const HEADER: CellInput[] = ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"];
const conventions = [
  { name: "costs positive, budget − actual", a: [190000, 200000, 10000], b: [220000, 200000, -20000] },
  { name: "costs positive, actual − budget", a: [190000, 200000, -10000], b: [220000, 200000, 20000] },
  { name: "costs negative, actual − budget", a: [-190000, -200000, 10000], b: [-220000, -200000, -20000] },
  { name: "costs negative, budget − actual", a: [-190000, -200000, -10000], b: [-220000, -200000, 20000] },
];

function check(a: number[], b: number[]) {
  const grid = gridFromRows("Drift", [["Driftsammandrag, netto tkr"], HEADER, ["Enhet A", ...a], ["Enhet B", ...b], ["Enhet C", 50000, 50000, 0]]);
  return checkWorkbook([grid]);
}

const stylesOf = (c: SpecCell | null | undefined) => (c ? [c.style, ...(c.styles ?? [])] : []);
function rowOf(b: ReportBlock, label: string): ReadonlyArray<SpecCell | null> {
  const r = b.rows.find((row) => row[0]?.value === label);
  if (!r) throw new Error(`no row ${label}`);
  return r;
}

describe.each(conventions)("$name", ({ a, b }) => {
  const result = check(a, b);
  const table = result.tables[0];
  const row = (label: string) => {
    const r = table.rows.find((x) => x.label === label);
    if (!r) throw new Error(`no row ${label}`);
    return r;
  };

  it("is checked without deviation errors", () => {
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("turns the deviation so that positive is better than budget", () => {
    expect([rowDeviation(table, row("Enhet A")), rowDeviation(table, row("Enhet B")), rowDeviation(table, row("Enhet C"))]).toEqual([10000, -20000, 0]);
    expect(deviationShare(table, row("Enhet A"))).toBeCloseTo(0.05, 9);
    expect(deviationShare(table, row("Enhet B"))).toBeCloseTo(-0.1, 9);
  });

  it("drafts a surplus for the underspend and a deficit with åtgärdsplan for the overspend", () => {
    expect(draftComments(result, "sv").map((d) => d.text)).toEqual([
      "Enhet A uppvisar ett överskott på +10,0 mnkr.",
      "Enhet B visar ett underskott på −20,0 mnkr (−10,0 % av budget). Åtgärdsplan krävs enligt ekonomistyrningsreglerna.",
    ]);
  });

  it("marks red the deviation worse than budget, as the table prints it", () => {
    const spec = buildReport(result, { workbookName: "x.xlsx", date: "2020-02-14", language: "sv" });
    const block = spec.blocks.find((x) => x.id === "driftsammandrag");
    if (!block) throw new Error("no driftsammandrag block");
    const header = block.rows.find((r) => r.some((c) => c?.value === "Avvikelse"));
    const col = header?.findIndex((c) => c?.value === "Avvikelse") ?? -1;
    expect(rowOf(block, "Enhet A")[col]?.value).toBe(a[2]);
    expect(rowOf(block, "Enhet B")[col]?.value).toBe(b[2]);
    expect(stylesOf(rowOf(block, "Enhet A")[col])).not.toContain("negative");
    expect(stylesOf(rowOf(block, "Enhet B")[col])).toContain("negative");
    expect(stylesOf(rowOf(block, "Enhet B")[col + 1])).toContain("negative");
  });
});

describe("a resultaträkning (costs negative, deviation = actual − budget)", () => {
  const grid = resultStatementGrid();
  const result = checkWorkbook([grid]);
  const texts = new Map(draftComments(result, "sv").map((d) => [d.unit, d.text]));

  it("has no errors and one åtgärdsplan, on the net cost", () => {
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.cell}`)).toEqual(["action-plan-required D6"]);
  });

  it("says a result is lower than budget, not a deficit", () => {
    expect(texts.get("Årets resultat")).toBe("Årets resultat är 3,0 mnkr lägre än budgeterat (−25,0 % av budget).");
    expect(draftComments(result, "en").find((d) => d.unit === "Årets resultat")?.text).toBe("Årets resultat is 3.0 mnkr below budget (−25.0 % of budget).");
  });

  it("reads income above budget as a surplus and costs above budget as a deficit", () => {
    expect(texts.get("Skatteintäkter")).toBe("Skatteintäkter uppvisar ett överskott på +10,0 mnkr.");
    expect(texts.get("Verksamhetens kostnader")).toBe("Verksamhetens kostnader visar ett underskott på −30,0 mnkr (−2,9 % av budget).");
  });
});

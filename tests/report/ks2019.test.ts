import { deviationShare } from "../../src/report/financial-view";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/domain";
import { ks2019FinancialGrids } from "../../src/fixtures/ks2019-financial";
import { ks2019GoalGrids } from "../../src/fixtures/ks2019-goals";
import { renderReportWorkbook } from "../../src/node/report";
import { buildReport } from "../../src/report/build";
import { draftComments } from "../../src/report/comments";

/** The report on the engine's own reading of the Kommunstyrelsen 2019 fixtures. */
describe("report on the ks2019 fixtures through checkWorkbook", () => {
  const result = checkWorkbook([...ks2019FinancialGrids(), ...ks2019GoalGrids()]);
  const spec = buildReport(result, { workbookName: "kommunstyrelsen-2019.xlsx", date: "2020-02-14", language: "sv" });

  it("has a block per financial table and the goal blocks", () => {
    expect(spec.blocks.map((b) => b.id)).toEqual(["heading", "driftsammandrag", "driftsammandrag", "investeringar", "maluppfyllelse", "indikatorer", "kontrollresultat", "kommentarer"]);
    const goals = spec.blocks.find((b) => b.id === "maluppfyllelse")!;
    expect(goals.rows.length - 2).toBe(result.goals.length);
    const counts = { uppfyllt: 0, delvis: 0, "ej-uppfyllt": 0, "ej-bedomd": 0 };
    for (const g of result.goals) counts[g.computed]++;
    expect(spec.blocks[0].rows[3][0]?.value).toMatch(new RegExp(`^Beräknad bedömning: ${result.goals.length} nämndmål: `));
    // The nämnd's own assessment stands beside the computed one, as the seed states it (11/9/1).
    expect(spec.blocks[0].rows[4][0]?.value).toBe("Angiven bedömning i arbetsboken: 21 nämndmål: 11 uppfyllda, 9 delvis uppfyllda, 1 ej bedömd");
    if (counts.uppfyllt) expect(spec.blocks[0].rows[3][0]?.value).toContain(`${counts.uppfyllt} uppfyllda`);
  });

  it("drafts the report's sentences from the engine's reading, with the action plans it found", () => {
    const texts = draftComments(result, "sv").map((d) => d.text);
    expect(texts).toContain("HR-staben visar ett underskott på −4,9 mnkr (−11,2 % av budget). Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    expect(texts).toContain("Planeringsstaben uppvisar ett överskott på +13,7 mnkr.");
    expect(texts).toContain("Leanlink visar ett underskott på −25,2 mnkr mot en budget på 0 kr. Åtgärdsplan krävs enligt ekonomistyrningsreglerna.");
    expect(texts).toContain("Verksamhetsstöd och service uppvisar ett överskott på +16,8 mnkr.");
  });

  it("flags the investment sub-total that prints 0 where its row has 737", () => {
    const inv = spec.blocks.find((b) => b.id === "investeringar")!;
    const row = inv.rows.find((r) => r[0]?.value === "Summa investeringar utom ram")!;
    const flagged = row.filter((c) => c && [c.style, ...(c.styles ?? [])].includes("flagged"));
    expect(flagged.length).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.severity === "error" && f.sheet === "Investeringar")).toBe(true);
  });

  it("renders into a workbook ExcelJS can read back", async () => {
    const wb = await renderReportWorkbook(result, { workbookName: "kommunstyrelsen-2019.xlsx", language: "sv", date: "2020-02-14" });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(back.worksheets[0].getTables()).toHaveLength(2);
  });
});

describe("share of budget in the report", () => {
  const result = checkWorkbook(ks2019FinancialGrids());
  const drift = result.tables.find((t) => t.kind === "driftsammandrag")!;
  const row = (label: RegExp) => drift.rows.find((r) => label.test(r.label))!;

  it("is the deviation over the budget for an ordinary cost row (HR-staben −4 935 / 44 224)", () => {
    expect(deviationShare(drift, row(/^HR-staben/))).toBeCloseTo(-4935 / 44224, 6);
  });

  it("is left out for a net row budgeted as a surplus (Verksamhetsstöd och service, budget −500)", () => {
    expect(deviationShare(drift, row(/nettokostnad, tkr$/))).toBeNull();
  });

  it("is left out when the budget is 0 (Leanlink)", () => {
    const leanlink = drift.rows.filter((r) => /nettokostnader, tkr$/.test(r.label)).find((r) => r.values.some((v) => v === 25157))!;
    expect(deviationShare(drift, leanlink)).toBeNull();
  });
});

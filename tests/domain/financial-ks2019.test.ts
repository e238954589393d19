import { checkWorkbook } from "../../src/domain/engine";
import { ks2019FinancialGrids, KS2019_SHEETS } from "../../src/fixtures/ks2019-financial";

/**
 * The seed's tables must give exactly the errors of ks2019-inconsistencies.md §1–4
 * and the åtgärdsplan warnings of §8; its 1 tkr differences are rounding only.
 */
describe("Kommunstyrelsen 2019, financial tables", () => {
  const result = checkWorkbook(ks2019FinancialGrids());
  const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
  const bySeverity = (s: string) => result.findings.filter((f) => f.severity === s).map(key).sort();
  const { summary: S, operations: D, investments: I } = KS2019_SHEETS;

  it("recognises the three sheets by content", () => {
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([
      [S, "sammanfattning"],
      [D, "driftsammandrag"],
      [I, "investeringar"],
    ]);
  });

  it("reports every error of the reference, and no other", () => {
    expect(bySeverity("error")).toEqual(
      [
        `sum-mismatch ${I}!B19`, // #1 utom ram, Utgifter 0 vs 737
        `deviation-mismatch ${I}!E19`, // #2 utom ram, 1 600 − 0 ≠ 863
        `sum-mismatch ${I}!B21`, // #3 Summa investeringar, Utgifter vs leaf rows 167 151
        `deviation-mismatch ${I}!E21`, // #4 299 550 − 166 413 ≠ 132 400
        `cross-sheet-mismatch ${S}!B6`, // #6 Investeringar, netto 167 150 vs 166 413
        `cross-sheet-mismatch ${S}!B4`, // #7 varav kostnader, Bokslut
        `cross-sheet-mismatch ${S}!D4`, // #7 varav kostnader, Avvikelse
        `cross-sheet-mismatch ${S}!B5`, // #8 varav intäkter, Bokslut
        `cross-sheet-mismatch ${S}!D5`, // #8 varav intäkter, Avvikelse
      ].sort(),
    );
  });

  it("carries the expected and actual amounts of the errors", () => {
    const get = (rule: string, sheet: string, cell: string) => result.findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);
    expect(get("sum-mismatch", I, "B19")).toMatchObject({ expected: 737, actual: 0 });
    expect(get("deviation-mismatch", I, "E19")).toMatchObject({ expected: 1600, actual: 863 });
    expect(get("sum-mismatch", I, "B21")).toMatchObject({ expected: 167151, actual: 166413 });
    expect(get("deviation-mismatch", I, "E21")).toMatchObject({ expected: 133137, actual: 132400 });
    expect(get("cross-sheet-mismatch", S, "B6")).toMatchObject({ expected: 166413, actual: 167150, related: [`'${I}'!B21`, `'${I}'!C21`] });
    expect(get("cross-sheet-mismatch", S, "B4")).toMatchObject({ expected: 585007, actual: 582162, related: [`'${D}'!B13`] });
    expect(get("cross-sheet-mismatch", S, "D5")).toMatchObject({ expected: 43251, actual: 40405 });
    expect(get("cross-sheet-mismatch", S, "B4")?.message).toContain(`'${D}'!B13`);
  });

  it("warns for the åtgärdsplan on HR-staben and Leanlink only", () => {
    expect(bySeverity("warning")).toEqual([`action-plan-required ${D}!D22`, `action-plan-required ${D}!D9`].sort());
    const hr = result.findings.find((f) => f.cell === "D9" && f.rule === "action-plan-required");
    expect(hr?.message).toBe(
      "HR-staben visar ett underskott på \u22124\u00A0935 tkr (\u221211,2 % av budget). Enligt ekonomistyrningsreglerna krävs en åtgärdsplan (underskott över 1,0 % och över 1\u00A0000 tkr).",
    );
  });

  it("reports the 1 tkr differences (#5, #9–#12) as rounding only", () => {
    expect(bySeverity("info")).toEqual(
      [
        `rounding-difference ${D}!B12`, // #9 sum of staber
        `rounding-difference ${D}!B12`, // #11 net vs varav
        `rounding-difference ${D}!D12`, // #10
        `rounding-difference ${D}!D12`, // #12
        `rounding-difference ${I}!E21`, // #5
      ].sort(),
    );
    for (const f of result.findings.filter((x) => x.rule === "rounding-difference")) expect(Math.abs((f.actual ?? 0) - (f.expected ?? 0))).toBe(1);
  });

  it("reads the structure of the investment table", () => {
    const inv = result.tables.find((t) => t.sheet === I);
    const total = inv?.rows.find((r) => r.label === "Summa investeringar");
    expect(total?.components).toEqual([10, 15, 18]);
    expect(total?.level).toBe(0);
    expect(inv?.rows.find((r) => r.label === "Varav tidigare utförarnämnden")?.kind).toBe("heading");
    expect(inv?.rows.find((r) => r.label === "Varav investeringsreserv *")).toMatchObject({ kind: "item", level: 2, values: [null, null, 1900, 1900, 0] });
  });
});

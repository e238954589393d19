import { KS2019_SHEETS, ks2019FinancialGrids } from "../../../fixtures/ks2019-financial";
import { readTables, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { sumMismatch } from ".";

/** "Varav …" lines that cover only part of the line above: a breakdown of it, not an item of the section sum. */
const drift = (rows: CellInput[][]) => gridFromRows("Drift", [["Driftsammandrag, tkr"], ["Verksamhet", "Bokslut 2023", "Budget 2023", "Avvikelse"], ...rows]);
const invest = (rows: CellInput[][]) =>
  gridFromRows("Investeringar", [["Investeringar, tkr"], ["Projekt", "Utgifter", "Inkomster", "Budget netto", "Avvikelse"], ...rows]);

type Case = { name: string; grid: ReturnType<typeof drift>; sums: string[]; breakdowns: string[] };

const cases: Case[] = [
  {
    name: "lower-case varav, a part of the line above (the words decide)",
    grid: drift([
      ["Grundskola", 600, 650, 50],
      ["  varav skolskjuts", 100, 90, -10],
      ["Gymnasium", 400, 400, 0],
      ["Summa", 1000, 1050, 50],
    ]),
    sums: [],
    breakdowns: ["varav skolskjuts"],
  },
  {
    name: "lower-case varav under a line it outgrows is a line of the sum: the double count shows",
    grid: drift([
      ["Grundskola", 600, 650, 50],
      ["  varav skolskjuts", 700, 800, 100],
      ["Gymnasium", 400, 400, 0],
      ["Summa", 1000, 1050, 50],
    ]),
    sums: ["B6", "C6", "D6"],
    breakdowns: [],
  },
  {
    name: "capitalised Varav, a part of the line above; the sum holds only without it (the numbers decide)",
    grid: invest([
      ["Gator och vägar", 5000, 1000, 4500, 500],
      ["Varav beläggning", 3000, null, 3000, 0],
      ["Skolor", 12000, null, 15000, 3000],
      ["Summa investeringar", 17000, 1000, 19500, 3500],
    ]),
    sums: [],
    breakdowns: ["Varav beläggning"],
  },
  {
    name: "capitalised Varav, a part of the line above, that the sum counts: a line of the section",
    grid: invest([
      ["Gator och vägar", 5000, 1000, 4500, 500],
      ["Varav beläggning", 3000, null, 3000, 0],
      ["Skolor", 12000, null, 15000, 3000],
      ["Summa investeringar", 20000, 1000, 22500, 3500],
    ]),
    sums: [],
    breakdowns: [],
  },
  {
    name: "capitalised Varav, a part, with a sum that fails either way: left in the sum, the mismatch shows",
    grid: invest([
      ["Gator och vägar", 5000, 1000, 4500, 500],
      ["Varav beläggning", 3000, null, 3000, 0],
      ["Skolor", 12000, null, 15000, 3000],
      ["Summa investeringar", 18000, 1000, 19500, 3500],
    ]),
    sums: ["B6", "D6"],
    breakdowns: [],
  },
];

describe("varav lines that are a part of the line above", () => {
  it.each(cases)("$name", ({ grid, sums, breakdowns }) => {
    expect(runRule(sumMismatch, [grid]).map((f) => f.cell)).toEqual(sums);
    const [t] = readTables([grid]);
    expect(t.rows.filter((r) => r.breakdownOf !== undefined).map((r) => r.label)).toEqual(breakdowns);
  });

  it("leaves the seed's investment Varav lines as lines of Summa investeringar inom ram", () => {
    const inv = readTables(ks2019FinancialGrids()).find((t) => t.sheet === KS2019_SHEETS.investments);
    const varav = inv?.rows.filter((r) => r.kind === "item" && /^varav/i.test(r.label)) ?? [];
    expect(varav.map((r) => r.label)).toEqual(["Varav kommunstyrelsen", "Varav investeringsreserv *", "Varav reserv för strategiska markförvärv"]);
    expect(varav.every((r) => r.breakdownOf === undefined)).toBe(true);
    const inom = inv?.rows.find((r) => r.label === "Summa investeringar inom ram");
    for (const r of varav) expect(inom?.components).toContain(r.row);
  });
});

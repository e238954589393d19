import { readTables, runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { deviationMismatch } from "../deviation-mismatch";
import { sumMismatch } from ".";

/** The reviewer's invest.xlsx: "Varav …" lines under a project that break it down, then the section sum. */
const grid = (rows: CellInput[][]) =>
  gridFromRows("Investeringar", [["Investeringar, tkr"], ["Projekt", "Utgifter", "Inkomster", "Budget netto", "Avvikelse"], ...rows]);

type Case = { name: string; rows: CellInput[][]; sums: string[]; deviations: string[] };

const cases: Case[] = [
  {
    name: "varav lines that add up to the line above are its breakdown: no double count",
    rows: [
      ["Gator och vägar", 5000, 1000, 4500, 500],
      ["Varav beläggning", 3000, "", 3000, 0],
      ["Varav belysning", 2000, 1000, 1500, 500],
      ["Skolor", 12000, "", 15000, 3000],
      ["Summa investeringar", 17000, 1000, 19500, 3500],
      ["* Beläggning avser etapp 2, se not."],
    ],
    sums: [],
    deviations: [],
  },
  {
    name: "the breakdown rows' own deviations are still checked",
    rows: [
      ["Gator och vägar", 5000, 1000, 4500, 700],
      ["Varav beläggning", 3000, "", 3000, 400],
      ["Varav belysning", 2000, 1000, 1500, 300],
      ["Skolor", 12000, "", 15000, 3000],
      ["Summa investeringar", 17000, 1000, 19500, 3700],
    ],
    sums: [],
    deviations: ["E3", "E4", "E5", "E7"],
  },
  {
    name: "varav lines that do not add up to the line above are lines of the sum",
    rows: [
      ["Varav kommunstyrelsen", 1150, 0, 1650, 500],
      ["LK-data", 45333, 0, 48000, 2667],
      ["Varav investeringsreserv", null, null, 1900, 1900],
      ["Summa investeringar inom ram", 46483, 0, 51550, 5067],
    ],
    sums: [],
    deviations: [],
  },
  {
    name: "a breakdown that is one column off is not a breakdown: the sum shows the double count",
    rows: [
      ["Gator och vägar", 5000, 1000, 4500, 500],
      ["Varav beläggning", 3000, "", 3000, 0],
      ["Varav belysning", 2000, 900, 1500, 400],
      ["Skolor", 12000, "", 15000, 3000],
      ["Summa investeringar", 17000, 1000, 19500, 3500],
    ],
    sums: ["B7", "C7", "D7", "E7"],
    deviations: [],
  },
];

describe("investment varav lines that break down the line above", () => {
  it.each(cases)("$name", ({ rows, sums, deviations }) => {
    expect(runRule(sumMismatch, [grid(rows)]).map((f) => f.cell)).toEqual(sums);
    expect(runRule(deviationMismatch, [grid(rows)]).map((f) => f.cell)).toEqual(deviations);
  });

  it("marks the breakdown and leaves it out of the sum", () => {
    const [t] = readTables([grid(cases[0].rows)]);
    const byLabel = (l: string) => t.rows.find((r) => r.label === l);
    expect(byLabel("Varav beläggning")?.breakdownOf).toBe(2);
    expect(byLabel("Varav belysning")?.breakdownOf).toBe(2);
    expect(byLabel("Summa investeringar")?.components).toEqual([2, 5]);
    expect(byLabel("Varav belysning")?.level).toBe((byLabel("Gator och vägar")?.level ?? 0) + 1);
  });
});

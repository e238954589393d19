import { runRule } from "../../financial/testing";
import { CellInput, gridFromRows } from "../../grid";
import { roundingDifference } from "../rounding-difference";
import { netMismatch } from ".";

/** The reviewer's intkost*.xlsx: Intäkter | Kostnader | Netto in one row. */
const grid = (net: string, rows: CellInput[][]) =>
  gridFromRows("Drift", [["Driftredovisning, tkr"], ["Verksamhet", "Intäkter", "Kostnader", net, "Budget", "Avvikelse"], ...rows]);

type Case = { name: string; net: string; rows: CellInput[][]; errors: string[]; notes?: string[] };

const cases: Case[] = [
  {
    name: "costs negative: Netto = Intäkter + Kostnader, all agree",
    net: "Netto",
    rows: [
      ["Skola", 500, -10600, -10100, -8000, -2100],
      ["Förskola", 100, -5100, -5000, -5050, 50],
      ["Summa", 600, -15700, -15100, -13050, -2050],
    ],
    errors: [],
  },
  {
    name: "costs negative, one row 100 off (and the sum with it)",
    net: "Netto",
    rows: [
      ["Skola", 500, -10600, -10000, -8000, -2000],
      ["Förskola", 100, -5100, -5000, -5050, 50],
      ["Summa", 600, -15700, -15000, -13050, -1950],
    ],
    errors: ["D3", "D5"],
  },
  {
    name: "costs positive: Nettokostnad = Kostnader − Intäkter, all agree",
    net: "Nettokostnad",
    rows: [
      ["Skola", 500, 10600, 10100, 8000, -2100],
      ["Förskola", 100, 5100, 5000, 5050, 50],
      ["Summa", 600, 15700, 15100, 13050, -2050],
    ],
    errors: [],
  },
  {
    name: "costs positive, one row 100 off",
    net: "Nettokostnad",
    rows: [
      ["Skola", 500, 10600, 10000, 8000, -2000],
      ["Förskola", 100, 5100, 5000, 5050, 50],
      ["Summa", 600, 15700, 15000, 13050, -1950],
    ],
    errors: ["D3", "D5"],
  },
  {
    name: "costs positive, net as a result: Intäkter − Kostnader, read from the rows",
    net: "Netto",
    rows: [
      ["Skola", 500, 10600, -10100, -8000, -2100],
      ["Förskola", 100, 5100, -5000, -5050, 50],
      ["Kultur", 300, 1000, -800, -900, 100],
      ["Fritid", 200, 1200, -1000, -1100, 100],
    ],
    errors: ["D5"],
  },
  {
    name: "1 tkr off is a rounding difference",
    net: "Netto",
    rows: [
      ["Skola", 500, -10600, -10101, -8000, -2101],
      ["Förskola", 100, -5100, -5000, -5050, 50],
    ],
    errors: [],
    notes: ["D3"],
  },
];

describe("net-mismatch across columns: Netto against Intäkter and Kostnader", () => {
  it.each(cases)("$name", ({ net, rows, errors, notes }) => {
    expect(runRule(netMismatch, [grid(net, rows)]).map((f) => f.cell)).toEqual(errors);
    const netNotes = runRule(roundingDifference, [grid(net, rows)]).filter((f) => f.message.startsWith("Nettot"));
    expect(netNotes.map((f) => f.cell)).toEqual(notes ?? []);
  });

  it("says which formula the table uses, on the Netto cell", () => {
    const [f] = runRule(netMismatch, [grid("Netto", cases[1].rows)]);
    expect(f).toMatchObject({
      cell: "D3",
      expected: -10100,
      actual: -10000,
      related: ["B3", "C3"],
    });
    expect(f.message.replace(/\u00A0/g, " ")).toBe(
      "Nettot i D3 (Skola, Netto) är −10 000 tkr, men Intäkter + Kostnader (B3 + C3) ger −10 100 tkr: skillnad +100 tkr.",
    );
  });
});

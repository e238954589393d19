import { parseSumFormula } from "./formula";

type Case = { formula: string; rows?: number[]; col?: number | undefined; subtotal?: boolean };

// The everyday SUM(B3:B5) takes a hand-written path; the others go through the tokenizer. Both must agree on the edges.
const cases: Case[] = [
  { formula: "SUM(B3:B5)", rows: [2, 3, 4], col: 1, subtotal: false },
  { formula: "=SUM(B3:B5)", rows: [2, 3, 4], col: 1, subtotal: false },
  { formula: "  sum( $B$3:$B5 )  ", rows: [2, 3, 4], col: 1, subtotal: false },
  { formula: "SUM(B5:B3)", rows: [2, 3, 4], col: 1, subtotal: false },
  { formula: "SUM(AB10:AB11)", rows: [9, 10], col: 27, subtotal: false },
  { formula: "SUM(B3:B5)+B7", rows: [2, 3, 4, 6], col: 1, subtotal: false },
  { formula: "SUM(B3:B5,B7)", rows: [2, 3, 4, 6], col: 1, subtotal: false },
  { formula: "B3+B4+B6", rows: [2, 3, 5], col: 1, subtotal: false },
  { formula: "SUBTOTAL(9,B3:B5)", rows: [2, 3, 4], col: 1, subtotal: true },
  { formula: "SUM(B3)", rows: [2], col: 1, subtotal: false },
  { formula: "SUM(B3:C5)" },
  { formula: "SUM(B3: B5)" },
  { formula: "SUM(B3 :B5)" },
  { formula: "SUM(ABCD3:ABCD5)" },
  // The tokenizer does not count brackets.
  { formula: "SUM(B3:B5))", rows: [2, 3, 4], col: 1, subtotal: false },
  { formula: "SUM (B3:B5)" },
  { formula: 'SUMIF(A3:A9,"Summa*",B3:B9)' },
  { formula: "SUBTOTAL(1,B3:B5)" },
  { formula: "B3-B4" },
  { formula: "" },
];

describe("parseSumFormula", () => {
  it.each(cases)("$formula", ({ formula, rows, col, subtotal }) => {
    const f = parseSumFormula(formula);
    if (!rows) {
      expect(f).toBeUndefined();
      return;
    }
    expect(f).toEqual({ rows, col, subtotal });
  });
});

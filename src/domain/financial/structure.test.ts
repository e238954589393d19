import { FinancialRow } from "../model";
import { RowIndex } from "./structure";

const row = (r: number, label = `rad ${r}`): FinancialRow => ({ row: r, label, kind: "item", isIncome: false, level: 0, values: [], hidden: false });

describe("RowIndex", () => {
  const rows = [row(4), row(5), row(9), row(5, "senare 5")];
  const index = new RowIndex(rows);
  const map = new Map(rows.map((r) => [r.row, r]));

  it.each([-1, 0, 3, 4, 5, 6, 9, 10, 4.5, NaN, Infinity])("finds what a Map finds for row %p", (r) => {
    expect(index.get(r)).toBe(map.get(r));
  });

  it("holds nothing for no rows", () => {
    expect(new RowIndex([]).get(0)).toBeUndefined();
  });
});

import { FinancialTable } from "../model";

/**
 * Index in `table.columns` of the budget a deviation column compares with: the
 * one its `budgetCol` names (a table with Budget jan–aug and Budget helår), else
 * the table's first budget column; -1 when there is none.
 */
export function budgetIndexFor(table: FinancialTable, j: number): number {
  const want = table.columns[j]?.budgetCol;
  if (want !== undefined) {
    const k = table.columns.findIndex((c) => c.col === want && c.role === "budget");
    if (k >= 0) return k;
  }
  return table.columns.findIndex((c) => c.role === "budget");
}

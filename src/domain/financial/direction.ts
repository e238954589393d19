import { FinancialRow, FinancialTable } from "../model";
import { RESULT_LABEL } from "./patterns";

/**
 * Which way is good. A deviation's sign depends on two separate facts the
 * reader works out from the data: which way it is computed (`table.sign`,
 * turned round on income and result rows) and whether costs are negative
 * numbers (`table.costsNegative`). A surplus is a positive deviation only when
 * both point the same way:
 *
 * | costs    | deviation on cost rows | positive deviation on a cost row |
 * |----------|------------------------|----------------------------------|
 * | positive | budget − actual        | surplus                          |
 * | negative | actual − budget        | surplus                          |
 * | positive | actual − budget        | overspend                        |
 * | negative | budget − actual        | overspend                        |
 *
 * Income and result rows are better when higher whatever the costs' sign.
 */
export function deviationFavourableSign(table: Pick<FinancialTable, "sign" | "costsNegative">, row: Pick<FinancialRow, "isIncome">): 1 | -1 {
  // Without evidence on the costs' sign, the deviation's own convention is the usual one for it.
  const higherIsBetter = row.isIncome || (table.costsNegative ?? table.sign === "actual-minus-budget");
  const actualMinusBudget = row.isIncome || table.sign === "actual-minus-budget";
  return higherIsBetter === actualMinusBudget ? 1 : -1;
}

/** Årets resultat, Resultat efter finansiella poster, Verksamhetens resultat. */
export function isResultRow(row: Pick<FinancialRow, "kind" | "label">): boolean {
  return row.kind === "sum" && RESULT_LABEL.test(row.label);
}

/** A resultaträkning: titled so, or holding a result row. */
export function isResultStatement(table: Pick<FinancialTable, "title" | "rows">): boolean {
  if (table.title && /resultaträkning/i.test(table.title)) return true;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) if (rows[i].isIncome && isResultRow(rows[i])) return true;
  return false;
}

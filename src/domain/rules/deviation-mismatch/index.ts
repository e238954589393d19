import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

export const deviationMismatch: Rule = {
  id: "deviation-mismatch",
  defaultSeverity: "error",
  docs: {
    sv: "En avvikelse stämmer inte med radens budget och utfall (eller prognos) enligt tabellens teckenkonvention; för intäktsrader är avvikelsen utfall − budget, för investeringar budget netto − (utgifter − inkomster).",
    en: "A deviation does not match the row's budget and actual (or forecast) under the table's sign convention; for income rows it is actual − budget, for investments budget net − (spending − receipts).",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => d.check === "deviation" && d.error)
      .map(asFinding),
};

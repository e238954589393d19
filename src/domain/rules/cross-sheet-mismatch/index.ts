import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

export const crossSheetMismatch: Rule = {
  id: "cross-sheet-mismatch",
  defaultSeverity: "error",
  docs: {
    sv: "Samma belopp skiljer sig mellan två tabeller, t.ex. sammanfattningens varav kostnader mot driftsammandraget eller Investeringar, netto mot investeringstabellens totalsumma.",
    en: "The same amount differs between two tables, e.g. the summary's costs against the operating statement, or the investment net against the investment table's grand total.",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => d.check === "cross" && d.error)
      .map(asFinding),
};

import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

export const sumMismatch: Rule = {
  id: "sum-mismatch",
  defaultSeverity: "error",
  docs: {
    sv: "En summarad (Summa, Totalt, nettokostnader) stämmer inte med raderna den summerar, i någon kolumn, med mer än avrundning. En totalsumma över delsummor kontrolleras även mot raderna under delsummorna.",
    en: "A sum row (Summa, Totalt, nettokostnader) does not match the rows it adds up, in some column, by more than rounding. A grand total over sub-totals is also checked against the rows under the sub-totals.",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => d.check === "sum" && d.error)
      .map(asFinding),
};

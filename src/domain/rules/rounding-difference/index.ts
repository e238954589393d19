import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

/** The small differences the other arithmetic checks let pass: worth knowing, not an error. */
export const roundingDifference: Rule = {
  id: "rounding-difference",
  defaultSeverity: "info",
  docs: {
    sv: "En summa, avvikelse, nettorad eller ett belopp i två tabeller skiljer sig med högst avrundning (en halv enhet av sista visade siffran per ingående rad, minst en enhet).",
    en: "A sum, deviation, net row or an amount in two tables differs by no more than rounding (half a unit of the last shown digit per row involved, at least one unit).",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => !d.error)
      .map(asFinding),
};

import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

export const netMismatch: Rule = {
  id: "net-mismatch",
  defaultSeverity: "error",
  docs: {
    sv: "En nettorad stämmer inte med sina varav-rader: netto = varav kostnader − varav intäkter.",
    en: "A net row does not match its breakdown rows: net = of which costs − of which income.",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => d.check === "net" && d.error)
      .map(asFinding),
};

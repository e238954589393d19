import { asFinding, differences } from "../../financial/analysis";
import { Rule } from "../../rule";

export const netMismatch: Rule = {
  id: "net-mismatch",
  defaultSeverity: "error",
  docs: {
    sv: "En nettorad stämmer inte med sina varav-rader (netto = varav kostnader − varav intäkter), eller en Netto-kolumn stämmer inte med kolumnerna Intäkter och Kostnader på samma rad (Intäkter + Kostnader när kostnaderna är negativa, annars Kostnader − Intäkter; tabellens rader avgör).",
    en: "A net row does not match its breakdown rows (net = of which costs − of which income), or a Netto column does not match the Intäkter and Kostnader columns of its row (income + costs when costs are negative, else costs − income; the table's rows decide).",
  },
  check: (ctx) =>
    differences(ctx)
      .filter((d) => d.check === "net" && d.error)
      .map(asFinding),
};

import { Severity } from "../findings";
import { Rule } from "../rule";
import { financialRules } from "./financial";
import { goalRules } from "./goals";

/** Every check the engine runs, in the order it runs them. */
export const allRules: readonly Rule[] = [...financialRules, ...goalRules];

/**
 * Findings that readers (not rules) report, documented here so that the
 * rule catalogue in docs/ and the task pane know every id.
 */
export const readerRuleDocs: Record<string, { defaultSeverity: Severity; docs: { sv: string; en: string } }> = {
  "layout-not-recognized": {
    defaultSeverity: "warning",
    docs: {
      sv: "Bladet har innehåll men ingen tabell som Rapportkoll känner igen. Ange bladets typ i inställningarna.",
      en: "The sheet has content but no table Rapportkoll recognises. Set the sheet's kind in the settings.",
    },
  },
  "config-unknown-sheet": {
    defaultSeverity: "warning",
    docs: {
      sv: "Inställningarna (sheets) nämner ett blad som inte finns i arbetsboken, t.ex. ett stavfel eller ett omdöpt blad. Meddelandet räknar upp arbetsbokens blad.",
      en: "The settings (sheets) name a sheet the workbook does not have, e.g. a typo or a renamed sheet. The message lists the workbook's sheets.",
    },
  },
  "invalid-value": {
    defaultSeverity: "error",
    docs: {
      sv: "En cell där ett tal ska stå innehåller ett felvärde (#REF!, #DIV/0! …) eller text som inte går att läsa som tal.",
      en: "A cell that should hold a number holds an error value (#REF!, #DIV/0! …) or text that cannot be read as a number.",
    },
  },
};

export function ruleDocs(id: string): { defaultSeverity: Severity; docs: { sv: string; en: string } } | undefined {
  const r = allRules.find((x) => x.id === id);
  return r ? { defaultSeverity: r.defaultSeverity, docs: r.docs } : readerRuleDocs[id];
}

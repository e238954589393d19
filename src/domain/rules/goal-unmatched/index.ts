import { Rule, RuleFinding } from "../../rule";

/**
 * A goal on a goals sheet that matches no goal of the indicator sheets, even
 * allowing for case, spacing and small spelling differences. Its stated
 * status then has nothing to be checked against. Silent when the workbook
 * has no indicator sheet at all: a goals list alone is not a mistake.
 */
export const goalUnmatched: Rule = {
  id: "goal-unmatched",
  defaultSeverity: "warning",
  docs: {
    sv: "Ett nämndmål i måluppföljningen finns inte bland nämndindikatorernas mål, så dess bedömning kan inte prövas mot indikatorerna.",
    en: "A goal in the goals list is not among the indicator table's goals, so its stated status cannot be checked against indicators.",
  },
  check(ctx) {
    if (!ctx.goals.some((g) => !g.statedOnly)) return [];
    const sheets = [...new Set(ctx.goals.filter((g) => !g.statedOnly).map((g) => g.sheet))];
    const out: RuleFinding[] = [];
    for (const g of ctx.goals) {
      if (!g.statedOnly) continue;
      out.push({
        sheet: g.sheet,
        cell: g.cell,
        message: `Nämndmålet ”${g.goal}” i bladet ”${g.sheet}” finns inte bland målen i ${sheets.map((s) => `”${s}”`).join(", ")}. Kontrollera stavningen; bedömningen prövas inte mot några indikatorer.`,
        messageEn: `The goal "${g.goal}" on sheet "${g.sheet}" is not among the goals of ${sheets.map((s) => `"${s}"`).join(", ")}. Check the spelling; its assessment is not checked against any indicator.`,
      });
    }
    return out;
  },
};

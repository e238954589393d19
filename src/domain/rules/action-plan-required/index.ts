import { toA1 } from "../../a1";
import { tableView } from "../../financial/analysis";
import { amount, shortLabel } from "../../financial/format";
import { INVESTMENT_WORD } from "../../financial/patterns";
import { FinancialTable } from "../../model";
import { convertAmount, formatSv } from "../../numbers";
import { Rule, RuleFinding } from "../../rule";

/** The deviation column a deficit is read from: the forecast's during the year, else the actual's. */
function deviationColumn(t: FinancialTable): number {
  const devs = t.columns.map((c, j) => ({ c, j })).filter((x) => x.c.role === "deviation");
  return (devs.find((x) => x.c.deviationBasis === "forecast") ?? devs[0])?.j ?? -1;
}

const GENERIC = /^(verksamhetens\s+nett|summa\b|totalt?\b|nettokostnad)/i;

/**
 * Names for the rows' messages, in one pass: a section's net row is named by
 * its heading, "Leanlink (Verksamhetens nettokostnader)".
 */
function rowNames(t: FinancialTable): Map<number, string> {
  const out = new Map<number, string>();
  let heading: string | undefined;
  for (const r of t.rows) {
    if (r.kind === "heading") {
      heading = shortLabel(r.label);
      continue;
    }
    if (r.kind !== "sum" && r.kind !== "item") continue;
    const own = shortLabel(r.label).replace(/,\s*(tkr|mnkr|kr)$/i, "");
    out.set(r.row, heading && GENERIC.test(own) ? `${heading} (${own})` : own);
    heading = undefined;
  }
  return out;
}

/**
 * The municipality's budget rule: a deficit larger than 1 % of the budget and
 * more than 1 mnkr needs an åtgärdsplan (thresholds in config.actionPlan).
 * Applies to units and totals of operating tables, also when the budget is 0.
 */
export const actionPlanRequired: Rule = {
  id: "action-plan-required",
  defaultSeverity: "warning",
  docs: {
    sv: "En enhet eller summa visar ett underskott större än 1 % av budget och mer än 1 mnkr (inställbart): enligt ekonomistyrningsreglerna krävs en åtgärdsplan. Gäller även när budgeten är 0.",
    en: "A unit or total shows a deficit larger than 1 % of its budget and more than 1 mnkr (configurable): the financial rules require an action plan. Also applies when the budget is 0.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const { percent, amountTkr } = ctx.config.actionPlan;
    for (const t of ctx.tables) {
      if (t.kind === "investeringar") continue;
      const j = deviationColumn(t);
      const b = t.columns.findIndex((c) => c.role === "budget");
      if (j < 0 || b < 0) continue;
      const step = tableView(ctx, t).steps[j];
      const limit = convertAmount(amountTkr, "tkr", t.unit);
      let names: Map<number, string> | undefined;
      for (const r of t.rows) {
        if (r.kind !== "item" && r.kind !== "sum") continue;
        if (INVESTMENT_WORD.test(r.label)) continue;
        const dev = r.values[j];
        const budget = r.values[b];
        if (dev === null || budget === null || dev >= 0) continue;
        const deficit = -dev;
        if (deficit <= limit) continue;
        const share = budget === 0 ? Infinity : (deficit / Math.abs(budget)) * 100;
        if (share <= percent) continue;
        const cell = toA1(r.row, t.columns[j].col);
        names ??= rowNames(t);
        const label = names.get(r.row) ?? shortLabel(r.label);
        const pct = budget === 0 ? "budgeten är 0" : `${formatSv(-share, 1)} % av budget`;
        const pctEn = budget === 0 ? "the budget is 0" : `${formatSv(-share, 1)} % of budget`;
        out.push({
          sheet: t.sheet,
          cell,
          actual: dev,
          expected: 0,
          related: [toA1(r.row, t.columns[b].col)],
          message: `${label} visar ett underskott på ${amount(dev, step, t.unit)} (${pct}). Enligt ekonomistyrningsreglerna krävs en åtgärdsplan (underskott över ${formatSv(percent, 1)} % och över ${formatSv(amountTkr)} tkr).`,
          messageEn: `${label} shows a deficit of ${amount(dev, step, t.unit)} (${pctEn}). The financial rules require an action plan (deficit over ${formatSv(percent, 1)} % and over ${formatSv(amountTkr)} tkr).`,
        });
      }
    }
    return out;
  },
};

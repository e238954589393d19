import { toA1 } from "../../a1";
import { tableView } from "../../financial/analysis";
import { amount, shortLabel } from "../../financial/format";
import { INVESTMENT_WORD } from "../../financial/patterns";
import { FinancialRow, FinancialTable } from "../../model";
import { convertAmount, formatSv } from "../../numbers";
import { Rule, RuleFinding } from "../../rule";

/** The deviation column a deficit is read from: the forecast's during the year, else the actual's. */
function deviationColumn(t: FinancialTable): number {
  const devs = t.columns.map((c, j) => ({ c, j })).filter((x) => x.c.role === "deviation");
  return (devs.find((x) => x.c.deviationBasis === "forecast") ?? devs[0])?.j ?? -1;
}

const GENERIC = /^(verksamhetens\s+nett|summa\b|totalt?\b|nettokostnad)/i;

const UNIT_SUFFIX = /,\s*(tkr|mnkr|kr)$/i;

/**
 * The name of row `i` for its message: a section's net row is named by its
 * heading, "Leanlink (Verksamhetens nettokostnader)". Worked out only for the
 * rows that get a finding, looking back past breakdown and memo rows to the
 * heading, if the section starts right there.
 */
function rowName(rows: readonly FinancialRow[], i: number): string {
  const short = shortLabel(rows[i].label);
  // Only a label ending in "kr" can carry a unit suffix.
  const own = (short.charCodeAt(short.length - 1) | 0x20) === 114 ? short.replace(UNIT_SUFFIX, "") : short;
  if (!GENERIC.test(own)) return own;
  for (let k = i - 1; k >= 0; k--) {
    const p = rows[k];
    if (p.kind === "heading") {
      const heading = shortLabel(p.label);
      return heading ? `${heading} (${own})` : own;
    }
    if (p.kind === "sum" || p.kind === "item") break;
  }
  return own;
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
    // The same closing sentence ends every message.
    const ruleSv = `Enligt ekonomistyrningsreglerna krävs en åtgärdsplan (underskott över ${formatSv(percent, 1)} % och över ${formatSv(amountTkr)} tkr).`;
    const ruleEn = `The financial rules require an action plan (deficit over ${formatSv(percent, 1)} % and over ${formatSv(amountTkr)} tkr).`;
    for (const t of ctx.tables) {
      if (t.kind === "investeringar") continue;
      const j = deviationColumn(t);
      const b = t.columns.findIndex((c) => c.role === "budget");
      if (j < 0 || b < 0) continue;
      const step = tableView(ctx, t).steps[j];
      const limit = convertAmount(amountTkr, "tkr", t.unit);
      const devCol = t.columns[j].col;
      const budgetCol = t.columns[b].col;
      for (let i = 0; i < t.rows.length; i++) {
        const r = t.rows[i];
        if (r.kind !== "item" && r.kind !== "sum") continue;
        const dev = r.values[j];
        const budget = r.values[b];
        if (dev === null || budget === null || dev >= 0) continue;
        const deficit = -dev;
        if (deficit <= limit) continue;
        const share = budget === 0 ? Infinity : (deficit / Math.abs(budget)) * 100;
        if (share <= percent) continue;
        if (INVESTMENT_WORD.test(r.label)) continue;
        const cell = toA1(r.row, devCol);
        const label = rowName(t.rows, i);
        const shown = amount(dev, step, t.unit);
        const shareText = budget === 0 ? "" : formatSv(-share, 1);
        const pct = budget === 0 ? "budgeten är 0" : `${shareText} % av budget`;
        const pctEn = budget === 0 ? "the budget is 0" : `${shareText} % of budget`;
        out.push({
          sheet: t.sheet,
          cell,
          actual: dev,
          expected: 0,
          related: [toA1(r.row, budgetCol)],
          message: `${label} visar ett underskott på ${shown} (${pct}). ${ruleSv}`,
          messageEn: `${label} shows a deficit of ${shown} (${pctEn}). ${ruleEn}`,
        });
      }
    }
    return out;
  },
};

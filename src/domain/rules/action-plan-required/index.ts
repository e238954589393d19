import { toA1 } from "../../a1";
import { tableView } from "../../financial/analysis";
import { budgetIndexFor } from "../../financial/columns";
import { deviationFavourableSign, isResultRow, isResultStatement } from "../../financial/direction";
import { amount, amountEn, shortLabel } from "../../financial/format";
import { GROSS_LABEL, INVESTMENT_WORD } from "../../financial/patterns";
import { valueDecimals } from "../../financial/precision";
import { FinancialRow, FinancialTable } from "../../model";
import { convertAmount, formatEn, formatSv, roundHalfAway } from "../../numbers";
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

/** The share of budget with enough decimals that it reads as over the limit: 1,01 % rather than 1,0 %. */
function shareDecimals(share: number, percent: number): number {
  let d = 1;
  while (d < 4 && roundHalfAway(share, d) <= percent) d++;
  return d;
}

/** The amount threshold in the table's unit: "1 000 tkr", "1,0 mnkr". */
function limitDecimals(limit: number, unit: FinancialTable["unit"]): number {
  return Math.max(unit === "mnkr" ? 1 : 0, valueDecimals(limit));
}

/**
 * The municipality's budget rule: a deficit larger than 1 % of the budget and
 * more than 1 mnkr needs an åtgärdsplan (thresholds in config.actionPlan).
 * Applies to units and totals of operating tables, also when the budget is 0.
 * A deficit is a deviation on the unfavourable side, which the table's sign
 * convention and the costs' sign decide together (financial/direction.ts).
 * Not for result rows (a result is no ram), nor for a resultaträkning's gross
 * rows (Verksamhetens kostnader, Skatteintäkter …): the rule is about a nämnd's
 * net cost against its ram.
 */
export const actionPlanRequired: Rule = {
  id: "action-plan-required",
  defaultSeverity: "warning",
  docs: {
    sv: "En enhet eller summa visar ett underskott större än 1 % av budget och mer än 1 mnkr (inställbart): enligt ekonomistyrningsreglerna krävs en åtgärdsplan. Gäller även när budgeten är 0. Underskottets riktning följer tabellens teckenkonvention; resultatrader och resultaträkningens bruttorader omfattas inte.",
    en: "A unit or total shows a deficit larger than 1 % of its budget and more than 1 mnkr (configurable): the financial rules require an action plan. Also applies when the budget is 0. The deficit's direction follows the table's sign convention; result rows and a resultaträkning's gross rows are not covered.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const { percent, amountTkr } = ctx.config.actionPlan;
    for (const t of ctx.tables) {
      if (t.kind === "investeringar") continue;
      const j = deviationColumn(t);
      const b = budgetIndexFor(t, j);
      if (j < 0 || b < 0) continue;
      const step = tableView(ctx, t).steps[j];
      const limit = convertAmount(amountTkr, "tkr", t.unit);
      const devCol = t.columns[j].col;
      const budgetCol = t.columns[b].col;
      const statement = isResultStatement(t);
      // Worked out for the few tables with a finding, not per row.
      let closing: { sv: string; en: string } | undefined;
      for (let i = 0; i < t.rows.length; i++) {
        const r = t.rows[i];
        if (r.kind !== "item" && r.kind !== "sum") continue;
        const dev = r.values[j];
        const budget = r.values[b];
        if (dev === null || budget === null || dev === 0) continue;
        const deficit = -dev * deviationFavourableSign(t, r);
        if (deficit <= limit) continue;
        const share = budget === 0 ? Infinity : (deficit / Math.abs(budget)) * 100;
        if (share <= percent) continue;
        if (INVESTMENT_WORD.test(r.label) || isResultRow(r)) continue;
        if (statement && (r.isIncome || GROSS_LABEL.test(r.label))) continue;
        closing ??= closingSentences(t, percent, limit);
        const cell = toA1(r.row, devCol);
        const label = rowName(t.rows, i);
        // The deficit with a minus, whichever sign the table gives the deviation.
        const shownSv = amount(-deficit, step, t.unit);
        const shownEn = amountEn(-deficit, step, t.unit);
        // A table that writes an overspend as a positive deviation: give its figure too, so the two can be matched.
        const asPrintedSv = dev > 0 ? `avvikelsen står som +${amount(dev, step, t.unit)}, ` : "";
        const asPrintedEn = dev > 0 ? `the deviation reads +${amountEn(dev, step, t.unit)}, ` : "";
        const d = shareDecimals(share, percent);
        const pct = asPrintedSv + (budget === 0 ? "budgeten är 0" : `${formatSv(-share, d)} % av budget`);
        const pctEn = asPrintedEn + (budget === 0 ? "the budget is 0" : `${formatEn(-share, d)} % of budget`);
        out.push({
          sheet: t.sheet,
          cell,
          // The deviation itself; there is no "expected" figure to set beside it (a zero would read as a target).
          actual: dev,
          related: [toA1(r.row, budgetCol)],
          message: `${label} visar ett underskott på ${shownSv} (${pct}). ${closing.sv}`,
          messageEn: `${label} shows a deficit of ${shownEn} (${pctEn}). ${closing.en}`,
        });
      }
    }
    return out;
  },
};

/** The rule's closing sentence, thresholds in the table's unit, and what was assumed about the sign. */
function closingSentences(t: FinancialTable, percent: number, limit: number): { sv: string; en: string } {
  const ld = limitDecimals(limit, t.unit);
  let sv = `Enligt ekonomistyrningsreglerna krävs en åtgärdsplan (underskott över ${formatSv(percent, 1)} % och över ${formatSv(limit, ld)} ${t.unit}).`;
  let en = `The financial rules require an action plan (deficit over ${formatEn(percent, 1)} % and over ${formatEn(limit, ld)} ${t.unit}).`;
  if (t.deviationDirectionAssumed) {
    sv +=
      " Tabellens rader visar inte åt vilket håll avvikelsen räknas eller vilket tecken kostnaderna har; här antas att en negativ avvikelse är ett underskott. Kontrollera tecknet.";
    en +=
      " The table's rows do not show which way the deviation is computed or which sign costs have; a negative deviation is taken as a deficit. Check the sign.";
  }
  return { sv, en };
}

import { directionEn, directionSv, missEn, missing, missSv } from "../../goals/describe";
import { Rule, RuleFinding } from "../../rule";

/**
 * An indicator whose report-year value misses its target, on the value cell.
 * Groups (Män, Kvinnor, Unga) are only judged when they carry a target of
 * their own, so a group row without one never produces this finding.
 */
export const targetNotMet: Rule = {
  id: "target-not-met",
  defaultSeverity: "warning",
  docs: {
    sv: "En indikator når inte sitt målvärde för rapportåret (Totalt, och grupper med eget målvärde). Riktningen tas från kolumnen Riktning, inställningarna, målvärdets ord (Mindre än, Minst …) eller indikatorns innebörd.",
    en: "An indicator misses its target in the report year (Totalt, and groups with a target of their own). The direction comes from a Riktning column, the settings, the target's words (Mindre än, Minst …) or the indicator's meaning.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const g of ctx.goals) {
      for (const i of missing(g)) {
        if (i.value === null || i.target === null) continue;
        const trendSv = i.status === "delvis" ? " Utvecklingen är positiv jämfört med föregående värde." : "";
        const trendEn = i.status === "delvis" ? " It improved on the previous value." : "";
        const f: RuleFinding = {
          sheet: g.sheet,
          cell: i.cell,
          message: `Målvärdet nås inte: ${missSv(i)} (${directionSv(i)}). Nämndmål: ”${g.goal}”.${trendSv}`,
          messageEn: `Target not met: ${missEn(i)} (${directionEn(i)}). Goal: "${g.goal}".${trendEn}`,
          expected: i.target,
          actual: i.value,
        };
        if (i.targetCell) f.related = [i.targetCell];
        out.push(f);
      }
    }
    return out;
  },
};

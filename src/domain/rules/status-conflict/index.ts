import { cellFrom, missEn, missing, missSv, splitRef } from "../../goals/describe";
import { STATUS_EN, STATUS_SV } from "../../goals/status";
import { Rule, RuleFinding } from "../../rule";

/**
 * A goal stated as uppfyllt whose own indicators miss their targets.
 * Only a stated "uppfyllt" is tested: the indicators can refute that a goal
 * is met, but the report's "delvis" means a positive development that may
 * rest on work outside the indicators, so delvis against a computed
 * ej-uppfyllt is left as a note on the goal, not a finding. A goal whose
 * indicators cannot be assessed (I.U., Se ÅR., no target) is no conflict.
 */
export const statusConflict: Rule = {
  id: "status-conflict",
  defaultSeverity: "warning",
  docs: {
    sv: "Ett nämndmål anges som uppfyllt men dess egna indikatorer når inte sina målvärden för rapportåret.",
    en: "A goal is stated as met, but its own indicators miss their targets in the report year.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const g of ctx.goals) {
      if (g.stated !== "uppfyllt" || (g.computed !== "delvis" && g.computed !== "ej-uppfyllt")) continue;
      const miss = missing(g);
      if (miss.length === 0) continue;
      const at = g.statedCell ? splitRef(g.statedCell, g.statedSheet ?? g.sheet) : { sheet: g.sheet, cell: g.cell };
      const sheet = g.statedSheet ?? at.sheet;
      out.push({
        sheet,
        cell: at.cell,
        message: `Nämndmålet ”${g.goal}” anges som uppfyllt, men indikatorerna ger ${STATUS_SV[g.computed]}: ${miss.map(missSv).join("; ")}.`,
        messageEn: `The goal "${g.goal}" is stated as met, but its indicators give ${STATUS_EN[g.computed]}: ${miss.map(missEn).join("; ")}.`,
        related: miss.map((i) => cellFrom(g, sheet, i.cell)),
      });
    }
    return out;
  },
};

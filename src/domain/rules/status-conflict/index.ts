import { cellFrom, missEn, missing, missSv, splitRef } from "../../goals/describe";
import { indicatorLabel } from "../../goals/judge";
import { STATUS_EN, STATUS_SV } from "../../goals/status";
import { Rule, RuleFinding } from "../../rule";

/**
 * A goal stated as uppfyllt whose own indicators miss their targets; in a
 * flat table with a Bedömning per row, also an indicator stated as met that
 * misses, and rows of one goal that state different statuses when the goal
 * has no Bedömning of its own.
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
    sv: "Ett nämndmål anges som uppfyllt men dess egna indikatorer når inte sina målvärden för rapportåret. I en tabell med bedömning per rad även: en indikator som anges som uppfylld men inte når målvärdet, och rader för samma mål med olika bedömningar när målet saknar en egen.",
    en: "A goal is stated as met, but its own indicators miss their targets in the report year. In a table with an assessment per row also: an indicator stated as met that misses its target, and rows of one goal with different assessments when the goal has none of its own.",
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
    const reported = new Set(out.map((f) => `${f.sheet}!${f.cell}`));
    for (const g of ctx.goals) {
      // A row's own Bedömning (flat tables): the indicator is stated as met but misses its target.
      for (const i of missing(g)) {
        if (i.stated !== "uppfyllt" || !i.statedCell || reported.has(`${g.sheet}!${i.statedCell}`)) continue;
        out.push({
          sheet: g.sheet,
          cell: i.statedCell,
          message: `Indikatorn ”${indicatorLabel(i)}” anges som uppfylld, men ger ${STATUS_SV[i.status]}: ${missSv(i)}. Nämndmål: ”${g.goal}”.`,
          messageEn: `The indicator "${indicatorLabel(i)}" is stated as met, but gives ${STATUS_EN[i.status]}: ${missEn(i)}. Goal: "${g.goal}".`,
          related: [i.cell],
        });
      }
      // Rows of one goal that state different statuses, with no goal-level Bedömning to settle it.
      const rows = g.indicators.flatMap((i) => (i.stated !== undefined && i.statedCell ? [{ ...i, stated: i.stated, statedCell: i.statedCell }] : []));
      if (g.stated !== null || new Set(rows.map((i) => i.stated)).size < 2) continue;
      const listSv = rows.map((i) => `${i.statedCell} ”${i.statedRaw || STATUS_SV[i.stated]}” (${indicatorLabel(i)})`).join(", ");
      const listEn = rows.map((i) => `${i.statedCell} "${i.statedRaw || STATUS_EN[i.stated]}" (${indicatorLabel(i)})`).join(", ");
      out.push({
        sheet: g.sheet,
        cell: rows[0].statedCell,
        message: `Bedömningarna för nämndmålet ”${g.goal}” skiljer sig mellan raderna: ${listSv}. Målet har ingen egen bedömning, så det prövas inte mot indikatorerna; ange målets bedömning i en cell sammanfogad över målets rader eller i måluppföljningen.`,
        messageEn: `The rows of the goal "${g.goal}" state different assessments: ${listEn}. The goal has no assessment of its own, so it is not checked against its indicators; state the goal's assessment in a cell merged over its rows or in the goals list.`,
        related: rows.slice(1).map((i) => i.statedCell),
      });
    }
    return out;
  },
};

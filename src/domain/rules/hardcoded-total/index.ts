import { toA1 } from "../../a1";
import { tableView } from "../../financial/analysis";
import { shortLabel } from "../../financial/format";
import { Rule, RuleFinding } from "../../rule";

/**
 * A sum typed in as a number on a sheet whose other sums are formulas: it will
 * not follow when a row changes. Rows with no components (a section's net row
 * given on its own) have nothing to be a formula of and are left out.
 */
export const hardcodedTotal: Rule = {
  id: "hardcoded-total",
  defaultSeverity: "info",
  docs: {
    sv: "En summarad är inskriven som fast värde medan bladets övriga summor är formler; den följer inte med när raderna ändras.",
    en: "A sum row is typed in as a constant while the sheet's other sums are formulas; it will not follow when the rows change.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const bySheet = new Map<string, { formulas: number; constants: { sheet: string; row: number; label: string; cells: string[] }[] }>();
    for (const t of ctx.tables) {
      const tv = tableView(ctx, t);
      if (!tv.view) continue;
      const s = bySheet.get(t.sheet) ?? { formulas: 0, constants: [] };
      bySheet.set(t.sheet, s);
      for (let i = 0; i < t.rows.length; i++) {
        const r = t.rows[i];
        if (r.kind !== "sum" || !r.components?.length) continue;
        const cells: string[] = [];
        for (let j = 0; j < t.columns.length; j++) {
          const c = tv.view.cell(r.row, t.columns[j].col);
          if (!c || r.values[j] === null) continue;
          if (c.formula) s.formulas++;
          else cells.push(toA1(r.row, t.columns[j].col));
        }
        if (cells.length) s.constants.push({ sheet: t.sheet, row: r.row, label: r.label, cells });
      }
    }
    for (const s of bySheet.values()) {
      const constantCells = s.constants.reduce((n, c) => n + c.cells.length, 0);
      if (s.formulas === 0 || s.formulas < constantCells) continue;
      for (const c of s.constants) {
        const label = shortLabel(c.label);
        out.push({
          sheet: c.sheet,
          cell: c.cells[0],
          related: c.cells,
          message: `Summan på rad ${c.row + 1} (${label}) är inskriven som fast värde i ${c.cells.join(", ")}, medan bladets övriga summor är formler. Ett fast värde följer inte med när raderna ändras.`,
          messageEn: `The sum on row ${c.row + 1} (${label}) is typed in as a constant in ${c.cells.join(", ")}, while the sheet's other sums are formulas. A constant does not follow when the rows change.`,
        });
      }
    }
    return out;
  },
};

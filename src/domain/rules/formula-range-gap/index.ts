import { toA1 } from "../../a1";
import { isInvalid, tableView } from "../../financial/analysis";
import { shortLabel } from "../../financial/format";
import { parseSumFormula } from "../../financial/formula";
import { leavesOf, RowLookup } from "../../financial/structure";
import { FinancialRow } from "../../model";
import { Rule, RuleFinding } from "../../rule";

const MAX_LISTED = 5;

function listRows(rows: readonly number[], byRow: RowLookup, en = false): string {
  const shown = rows.slice(0, MAX_LISTED).map((r) => {
    const row = byRow.get(r);
    const label = row?.label ? shortLabel(row.label) : "";
    // A hidden row is the usual reason a range skips it without anyone noticing.
    const hidden = row?.hidden ? (en ? "hidden row" : "dold rad") : "";
    const note = [label, hidden].filter((x) => x !== "").join(", ");
    return note ? `${r + 1} (${note})` : `${r + 1}`;
  });
  return shown.join(", ") + (rows.length > MAX_LISTED ? (en ? ` and ${rows.length - MAX_LISTED} more` : ` och ${rows.length - MAX_LISTED} till`) : "");
}

/** The formula's rows are the expected rows, each once: `b` strictly increasing, so a repeat still counts as twice. */
function sameRows(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] || (i > 0 && b[i] <= b[i - 1])) return false;
  return true;
}

/**
 * A sum formula whose range does not match the rows the sum stands for: it
 * leaves out a row of its section, adds a row twice, or takes in another sum
 * or a varav row (double counting). The cached value may still look right today.
 */
export const formulaRangeGap: Rule = {
  id: "formula-range-gap",
  defaultSeverity: "error",
  docs: {
    sv: "En summaformel (SUMMA/SUM, SUBTOTAL eller B3+B4+…) utelämnar rader i sitt avsnitt, räknar en rad två gånger eller tar med en annan summarad eller varav-rad.",
    en: "A sum formula (SUM, SUBTOTAL or B3+B4+…) leaves out rows of its section, adds a row twice, or includes another sum row or a breakdown row.",
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const t of ctx.tables) {
      const tv = tableView(ctx, t);
      if (!tv.view) continue;
      for (let i = 0; i < t.rows.length; i++) {
        const sum = t.rows[i];
        if (sum.kind !== "sum" || !sum.components?.length) continue;
        for (let j = 0; j < t.columns.length; j++) {
          const col = t.columns[j].col;
          const formula = tv.view.cell(sum.row, col)?.formula;
          if (!formula) continue;
          const f = parseSumFormula(formula);
          if (!f) continue;
          if (f.col !== col) {
            out.push(wrongColumn(t.sheet, sum, col, formula, f.col, sum.values[j]));
            continue;
          }
          let refs = f.rows;
          let expected = sum.components;
          if (f.subtotal) {
            // SUBTOTAL skips other SUBTOTALs in its range, so a grand total may span the sub-totals' rows.
            refs = refs.filter((r) => !/^\s*=?\s*SUBTOTAL\(/i.test(tv.view?.cell(r, col)?.formula ?? ""));
            expected = leavesOf(sum, tv.byRow).map((r) => r.row);
          }
          // Most formulas add exactly the rows of their section, in order: nothing to report, no sets to build.
          if (sameRows(refs, expected)) continue;
          const want = new Set(expected);
          const count = new Map<number, number>();
          for (const r of refs) count.set(r, (count.get(r) ?? 0) + 1);
          const missing = expected.filter((r) => !count.has(r) && (tv.byRow.get(r)?.values[j] !== null || isInvalid(tv, r, col)));
          const twice = [...count].filter(([r, n]) => n > 1 && want.has(r)).map(([r]) => r);
          const extra = [...count.keys()].filter((r) => {
            if (want.has(r)) return false;
            const row = tv.byRow.get(r);
            if (row)
              return row.kind === "sum" || row.kind === "item" || row.kind === "breakdown-costs" || row.kind === "breakdown-income" || row.kind === "memo";
            return typeof tv.view?.cell(r, col)?.value === "number";
          });
          if (!missing.length && !twice.length && !extra.length) continue;
          // A sub-total added together with rows it already sums: the double count is the sub-total's.
          const doubledSums: number[] = [];
          const doubledSet = new Set<number>();
          for (const r of count.keys()) {
            const row = tv.byRow.get(r);
            if (row?.kind !== "sum" || !row.components?.length) continue;
            const under = new Set<number>(row.components);
            for (const leaf of leavesOf(row, tv.byRow)) under.add(leaf.row);
            const counted = [...under].filter((x) => count.has(x));
            if (!counted.length) continue;
            doubledSums.push(r);
            for (const x of counted) doubledSet.add(x);
          }
          doubledSums.sort((x, y) => x - y);
          for (const x of doubledSums) doubledSet.delete(x);
          const doubled = [...doubledSet].sort((x, y) => x - y);
          const rest = extra.filter((r) => !doubledSet.has(r) && !doubledSums.includes(r));
          const kindOf = (r: number) => tv.byRow.get(r)?.kind;
          const sums = rest.filter((r) => kindOf(r) === "sum");
          const varav = rest.filter((r) => {
            const k = kindOf(r);
            return k === "breakdown-costs" || k === "breakdown-income" || k === "memo" || tv.byRow.get(r)?.breakdownOf !== undefined;
          });
          const others = rest.filter((r) => !sums.includes(r) && !varav.includes(r));
          const cell = toA1(sum.row, col);
          const sv: string[] = [];
          const en: string[] = [];
          if (missing.length) {
            sv.push(`utelämnar rad ${listRows(missing, tv.byRow)}`);
            en.push(`leaves out row ${listRows(missing, tv.byRow, true)}`);
          }
          if (twice.length) {
            sv.push(`räknar rad ${listRows(twice, tv.byRow)} två gånger`);
            en.push(`adds row ${listRows(twice, tv.byRow, true)} twice`);
          }
          if (doubledSums.length) {
            const n = doubledSums.length === 1;
            sv.push(
              `tar med rad ${listRows(doubled, tv.byRow)} och ${n ? "delsumman" : "delsummorna"} på rad ${listRows(doubledSums, tv.byRow)} som redan summerar dem: de räknas två gånger`,
            );
            en.push(
              `includes row ${listRows(doubled, tv.byRow, true)} and the sub-total${n ? "" : "s"} in row ${listRows(doubledSums, tv.byRow, true)} that already add${n ? "s" : ""} them up: they are counted twice`,
            );
          }
          if (sums.length) {
            sv.push(`tar med summaraden ${listRows(sums, tv.byRow)} som inte hör till summan`);
            en.push(`includes the sum row ${listRows(sums, tv.byRow, true)}, which is not part of the sum`);
          }
          if (varav.length) {
            sv.push(`tar med varav-raden ${listRows(varav, tv.byRow)} som redan ingår i en annan rad`);
            en.push(`includes the breakdown row ${listRows(varav, tv.byRow, true)}, already part of another row`);
          }
          if (others.length) {
            sv.push(`tar med rad ${listRows(others, tv.byRow)} från ett annat avsnitt`);
            en.push(`includes row ${listRows(others, tv.byRow, true)} from another section`);
          }
          let right = 0;
          for (const r of expected) right += tv.byRow.get(r)?.values[j] ?? 0;
          const v = sum.values[j];
          out.push({
            sheet: t.sheet,
            cell,
            ...(v !== null ? { actual: v } : {}),
            expected: right,
            related: [...missing, ...twice, ...extra].map((r) => toA1(r, col)),
            message: `Formeln i ${cell} (${shortLabel(sum.label)}: =${formula.replace(/^=/, "")}) ${sv.join("; ")}.`,
            messageEn: `The formula in ${cell} (${shortLabel(sum.label)}: =${formula.replace(/^=/, "")}) ${en.join("; ")}.`,
          });
        }
      }
    }
    return out;
  },
};

/** A sum formula that adds cells of another column: the figure belongs to that column, not this one. */
function wrongColumn(sheet: string, sum: FinancialRow, col: number, formula: string, refCol: number | undefined, v: number | null): RuleFinding {
  const cell = toA1(sum.row, col);
  const here = toA1(0, col).replace(/\d+/, "");
  const there = refCol === undefined ? undefined : toA1(0, refCol).replace(/\d+/, "");
  const shown = `=${formula.replace(/^=/, "")}`;
  return {
    sheet,
    cell,
    ...(v !== null ? { actual: v } : {}),
    message: there
      ? `Formeln i ${cell} (${shortLabel(sum.label)}: ${shown}) summerar kolumn ${there} men står i kolumn ${here}: fel kolumn.`
      : `Formeln i ${cell} (${shortLabel(sum.label)}: ${shown}) summerar celler i andra kolumner än ${here}: fel kolumn.`,
    messageEn: there
      ? `The formula in ${cell} (${shortLabel(sum.label)}: ${shown}) adds column ${there} but stands in column ${here}: the wrong column.`
      : `The formula in ${cell} (${shortLabel(sum.label)}: ${shown}) adds cells of columns other than ${here}: the wrong column.`,
  };
}

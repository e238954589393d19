import { toA1 } from "../a1";
import { Config } from "../config";
import { FinancialRow, FinancialTable } from "../model";
import type { Difference, TableView } from "./analysis";
import { amount, amountEn, shortLabel, signedAmount, signedAmountEn } from "./format";
import { isZeroDiff, tolerance } from "./precision";

/**
 * Netto against Intäkter and Kostnader side by side in one row
 * (Intäkter | Kostnader | Netto | Budget | Avvikelse). How the net is formed is
 * the table's own convention, read from the rows that agree, like the
 * deviation's sign: costs as negative numbers give Intäkter + Kostnader,
 * positive costs Kostnader − Intäkter (a net cost) or Intäkter − Kostnader.
 */
type Form = "income-plus-costs" | "costs-minus-income" | "income-minus-costs";

const FORMS: readonly Form[] = ["income-plus-costs", "costs-minus-income", "income-minus-costs"];

function netOf(form: Form, income: number, costs: number): number {
  if (form === "income-plus-costs") return income + costs;
  if (form === "costs-minus-income") return costs - income;
  return income - costs;
}

export function netColumnChecks(tv: TableView, config: Config, out: Difference[]): void {
  const { table } = tv;
  const idx = (role: string) => table.columns.findIndex((c) => c.role === role);
  const income = idx("income");
  const costs = idx("costs");
  const net = idx("actual");
  if (income < 0 || costs < 0 || net < 0) return;
  const yi = table.columns[income].year;
  const yc = table.columns[costs].year;
  const yn = table.columns[net].year;
  // Costs and income of one year beside the net of another are not its parts.
  if ((yi !== undefined && yc !== undefined && yi !== yc) || (yn !== undefined && (yc ?? yi) !== undefined && yn !== (yc ?? yi))) return;
  const step = Math.max(tv.steps[income], tv.steps[costs], tv.steps[net]);
  const tol = tolerance(config, 2, step);
  const rows: FinancialRow[] = [];
  const fits = [0, 0, 0];
  let negativeCosts = 0;
  let positiveCosts = 0;
  for (const r of table.rows) {
    if (r.kind !== "item" && r.kind !== "sum") continue;
    const i = r.values[income];
    const c = r.values[costs];
    const n = r.values[net];
    if (i === null || c === null || n === null) continue;
    rows.push(r);
    if (c < 0) negativeCosts++;
    else if (c > 0) positiveCosts++;
    for (let k = 0; k < FORMS.length; k++) if (Math.abs(netOf(FORMS[k], i, c) - n) <= tol) fits[k]++;
  }
  if (rows.length === 0) return;
  // Most rows agreeing decide; with none, the sign of the costs does.
  let form: Form = negativeCosts > positiveCosts ? "income-plus-costs" : "costs-minus-income";
  let best = 0;
  for (let k = 0; k < FORMS.length; k++) {
    if (fits[k] > best) {
      best = fits[k];
      form = FORMS[k];
    }
  }
  const u = table.unit;
  const nh = table.columns[net].header;
  const ih = table.columns[income].header;
  const ch = table.columns[costs].header;
  for (const r of rows) {
    const i = r.values[income] as number;
    const c = r.values[costs] as number;
    const n = r.values[net] as number;
    const expected = netOf(form, i, c);
    const diff = n - expected;
    if (isZeroDiff(diff, step)) continue;
    const error = Math.abs(diff) > tol;
    const cell = toA1(r.row, table.columns[net].col);
    const ic = toA1(r.row, table.columns[income].col);
    const cc = toA1(r.row, table.columns[costs].col);
    const [formula, refs] =
      form === "income-plus-costs"
        ? [`${ih} + ${ch}`, `${ic} + ${cc}`]
        : form === "costs-minus-income"
          ? [`${ch} − ${ih}`, `${cc} − ${ic}`]
          : [`${ih} − ${ch}`, `${ic} − ${cc}`];
    const place = `${shortLabel(r.label)}, ${nh}`;
    const parts = `${formula} (${refs})`;
    out.push(
      netDifference({
        sheet: table.sheet,
        cell,
        place,
        n,
        expected,
        step,
        unit: u,
        error,
        related: [ic, cc],
        formula: parts,
        formulaEn: parts,
        refs: parts,
        giveEn: "gives",
      }),
    );
  }
}

/**
 * A net that disagrees with its parts, as one Difference: the varav rows under
 * a net row (analysis.ts) and the Netto column beside Intäkter and Kostnader
 * (above) word it the same way. `formula`/`formulaEn` name the parts in the
 * error message ("varav kostnader − varav intäkter (B13 − B14)"), `refs` in the
 * rounding note ("B13 − B14"); `giveEn` is the English verb's number.
 */
export function netDifference(a: {
  sheet: string;
  cell: string;
  place: string;
  n: number;
  expected: number;
  step: number;
  unit: FinancialTable["unit"];
  error: boolean;
  related: string[];
  formula: string;
  formulaEn: string;
  refs: string;
  giveEn: "give" | "gives";
}): Difference {
  const { cell, place, n, expected, step, unit: u } = a;
  const diff = n - expected;
  return {
    check: "net",
    error: a.error,
    sheet: a.sheet,
    cell,
    expected,
    actual: n,
    related: a.related,
    message: a.error
      ? `Nettot i ${cell} (${place}) är ${amount(n, step, u)}, men ${a.formula} ger ${amount(expected, step, u)}: skillnad ${signedAmount(diff, step, u)}.`
      : `Nettot i ${cell} (${place}) är ${amount(n, step, u)} och ${a.refs} ger ${amount(expected, step, u)}: en avrundningsskillnad på ${signedAmount(diff, step, u)}.`,
    messageEn: a.error
      ? `The net in ${cell} (${place}) is ${amountEn(n, step, u)}, but ${a.formulaEn} ${a.giveEn} ${amountEn(expected, step, u)}: a difference of ${signedAmountEn(diff, step, u)}.`
      : `The net in ${cell} (${place}) is ${amountEn(n, step, u)} and ${a.refs} ${a.giveEn} ${amountEn(expected, step, u)}: a rounding difference of ${signedAmountEn(diff, step, u)}.`,
  };
}

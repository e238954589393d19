import {
  convertAmount,
  formatSv,
  fromA1,
  roundHalfAway,
  sortFindings,
  type CheckResult,
  type Finding,
  type FinancialRow,
  type FinancialTable,
} from "../domain";
import { computedOnBasis, deviationIsForecast, deviationShare, favourable, rowBudget, rowDeviation, shownDeviationIndex } from "./financial-view";

/**
 * Kommentarsunderlag: a drafted sentence for every unit whose deviation is
 * worth a comment, in the verksamhetsberättelse's own wording. The
 * controller edits them; they save the first draft.
 *
 * A unit (an item row or a sum row of a Driftsammandrag) is notable when
 * - the engine reports an action-plan finding on its row, or
 * - |deviation| ≥ 1 mnkr, or
 * - |deviation| ≥ 1 % of its budget.
 */
export const NOTABLE_AMOUNT_MNKR = 1;
export const NOTABLE_SHARE = 0.01;

export interface CommentDraft {
  readonly sheet: string;
  /** 0-based source row. */
  readonly row: number;
  readonly unit: string;
  /** Deviation in the table's unit (positive = better than budget). */
  readonly deviation: number;
  /** Deviation / |budget|, null when the budget is 0 or missing. */
  readonly share: number | null;
  readonly actionPlan: boolean;
  /**
   * Set when the table's printed deviation has an error finding: the printed
   * figure (positive = better), while `deviation` is the corrected one.
   */
  readonly printedDeviation?: number;
  readonly text: string;
}

/** Rule ids of the action-plan check (ekonomistyrningsreglernas krav på åtgärdsplan). */
export function isActionPlanFinding(f: Finding): boolean {
  return /action-?plan|atgardsplan|åtgärdsplan/i.test(f.rule);
}

/** Sum labels that name a total, not a unit ("Summa …", "Verksamhetens nettokostnader", "Kommunstyrelsen nettokostnader, tkr"). */
const GENERIC_SUM = /^(summa|totalt?)\b|nettokostnad|^verksamhetens\b/i;

/**
 * The unit's name as the subject of a sentence. A sum row labelled
 * "Verksamhetens nettokostnader" speaks for the section heading above it;
 * "Kommunstyrelsen nettokostnader, tkr" for Kommunstyrelsen; "Summa
 * verksamhetsområde 1" for Verksamhetsområde 1; a bare "Totalt" for the
 * operations as a whole.
 */
function unitName(table: FinancialTable, row: FinancialRow, language: "sv" | "en"): string {
  const label = row.label.trim().replace(/,?\s*\b(tkr|mnkr|kr)\.?$/i, "");
  if (row.kind !== "sum" || !GENERIC_SUM.test(label)) return label;
  const idx = table.rows.indexOf(row);
  // Walk up over the rows this sum adds up; the heading right above them names the unit.
  const parts = new Set(row.components ?? []);
  for (let i = idx - 1; i >= 0; i--) {
    const r = table.rows[i];
    if (r.kind === "heading") return r.label.trim();
    if ((r.kind === "sum" || r.kind === "item") && !parts.has(r.row)) break;
  }
  const named = label
    .replace(/^(summa|totalt?)\s+(för\s+)?/i, "")
    .replace(/\s*(verksamhetens\s+)?nettokostnad(er)?\b.*$/i, "")
    .trim();
  if (named && !/^(summa|totalt?|verksamhetens)$/i.test(named)) return named.charAt(0).toUpperCase() + named.slice(1);
  return language === "sv" ? "Verksamheten totalt" : "The operations in total";
}

/** "−4,9 mnkr" / "+13,7 mnkr"; amounts that round to 0,0 mnkr are given in tkr ("+46 tkr"), as the reports do. */
export function formatAmount(value: number, unit: FinancialTable["unit"], language: "sv" | "en"): string {
  const mnkr = convertAmount(value, unit, "mnkr");
  const useTkr = roundHalfAway(mnkr, 1) === 0;
  const shown = useTkr ? convertAmount(value, unit, "tkr") : mnkr;
  const decimals = useTkr ? 0 : 1;
  const sign = shown > 0 && roundHalfAway(shown, decimals) !== 0 ? "+" : "";
  return `${sign}${formatNumber(shown, decimals, language)} ${useTkr ? "tkr" : "mnkr"}`;
}

/** Swedish: 1 234,5 with U+2212 minus (formatSv); English: 1,234.5 with the same minus sign. */
export function formatNumber(value: number, decimals: number, language: "sv" | "en"): string {
  if (language === "sv") return formatSv(value, decimals);
  const s = roundHalfAway(Math.abs(value), decimals).toFixed(decimals);
  const [int, frac] = s.split(".");
  const sign = value < 0 && Number(s) !== 0 ? "\u2212" : "";
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
}

export function draftSentence(
  d: {
    unit: string;
    deviation: number;
    share: number | null;
    budget: number | null;
    actionPlan: boolean;
    forecast?: boolean;
    result?: boolean;
  },
  tableUnit: FinancialTable["unit"],
  language: "sv" | "en",
): string {
  // A result (Årets resultat) below budget may still be a surplus: say higher or lower than budget, not överskott/underskott.
  if (d.result) return resultSentence(d, tableUnit, language);
  const amount = formatAmount(d.deviation, tableUnit, language);
  const pct = d.share === null ? null : `${d.share > 0 ? "+" : ""}${formatNumber(d.share * 100, 1, language)} %`;
  const sv = language === "sv";
  let s: string;
  if (d.deviation < 0) {
    const tail =
      pct !== null
        ? sv
          ? ` (${pct} av budget)`
          : ` (${pct} of budget)`
        : d.budget === 0
          ? sv
            ? " mot en budget på 0 kr"
            : " against a budget of 0"
          : d.budget === null
            ? sv
              ? " (budget saknas)"
              : " (no budget)"
            : "";
    // During the year the deviation is a forecast: the report's wording is "prognostiserar".
    if (d.forecast)
      s = sv
        ? `${d.unit} prognostiserar ett underskott på ${amount}${tail} vid årets slut.`
        : `${d.unit} forecasts a deficit of ${amount}${tail} for the year.`;
    else s = sv ? `${d.unit} visar ett underskott på ${amount}${tail}.` : `${d.unit} shows a deficit of ${amount}${tail}.`;
  } else if (d.forecast) {
    s = sv ? `${d.unit} prognostiserar ett överskott på ${amount} vid årets slut.` : `${d.unit} forecasts a surplus of ${amount} for the year.`;
  } else {
    s = sv ? `${d.unit} uppvisar ett överskott på ${amount}.` : `${d.unit} shows a surplus of ${amount}.`;
  }
  if (d.actionPlan) s += sv ? " Åtgärdsplan krävs enligt ekonomistyrningsreglerna." : " An action plan is required under the financial management rules.";
  return s;
}

function resultSentence(
  d: { unit: string; deviation: number; share: number | null; forecast?: boolean },
  tableUnit: FinancialTable["unit"],
  language: "sv" | "en",
): string {
  const size = formatAmount(Math.abs(d.deviation), tableUnit, language).replace(/^\+/, "");
  const pct =
    d.share === null ? "" : ` (${d.share > 0 ? "+" : ""}${formatNumber(d.share * 100, 1, language)} % ${language === "sv" ? "av budget" : "of budget"})`;
  if (language === "sv") {
    const way = d.deviation < 0 ? "lägre" : "högre";
    return d.forecast ? `${d.unit} prognostiseras bli ${size} ${way} än budgeterat${pct}.` : `${d.unit} är ${size} ${way} än budgeterat${pct}.`;
  }
  const way = d.deviation < 0 ? "below" : "above";
  return d.forecast ? `${d.unit} is forecast to be ${size} ${way} budget${pct}.` : `${d.unit} is ${size} ${way} budget${pct}.`;
}

/** Årets resultat, Resultat efter finansiella poster, Verksamhetens resultat (as the engine's RESULT_LABEL). */
const RESULT_ROW = /^(årets\s+resultat|resultat\b|verksamhetens\s+resultat\b)/i;

/**
 * The remark after a sentence drafted from a corrected deviation, and what it
 * says about the action plan. The action-plan finding was made on the printed
 * figure and the report does not know the configured thresholds, so it does
 * not re-decide the requirement: it keeps the claim only while the corrected
 * figure is still a deficit, and says which figure the warning rests on.
 */
function correctionRemark(
  d: { printed: number; corrected: number; errorNo: number; planNo: number | null },
  tableUnit: FinancialTable["unit"],
  language: "sv" | "en",
): { remark: string; actionPlan: boolean } {
  const sv = language === "sv";
  const printed = formatAmount(d.printed, tableUnit, language).replace(/^\+/, "");
  let remark = sv
    ? ` (Tabellens avvikelse ${printed} stämmer inte, se kontrollresultat nr ${d.errorNo}.)`
    : ` (The table's deviation of ${printed} is wrong, see check result no. ${d.errorNo}.)`;
  if (d.planNo === null) return { remark, actionPlan: false };
  if (d.corrected < 0) {
    remark += sv
      ? ` Åtgärdsplan krävs enligt ekonomistyrningsreglerna; varningen (nr ${d.planNo}) bygger på tabellens avvikelse, så pröva kravet mot den rättade siffran.`
      : ` An action plan is required under the financial management rules; the warning (no. ${d.planNo}) rests on the table's deviation, so check the requirement against the corrected figure.`;
    return { remark, actionPlan: true };
  } else {
    remark += sv
      ? ` Varningen om åtgärdsplan (nr ${d.planNo}) bygger på tabellens felaktiga avvikelse; med den rättade siffran finns inget underskott.`
      : ` The action-plan warning (no. ${d.planNo}) rests on the table's wrong deviation; the corrected figure shows no deficit.`;
  }
  return { remark, actionPlan: false };
}

export function draftComments(result: CheckResult, language: "sv" | "en"): CommentDraft[] {
  const out: CommentDraft[] = [];
  // Numbered as the Kontrollresultat block numbers them (buildReport sorts the same way).
  const ordered = sortFindings(
    [...result.findings],
    result.sheets.map((s) => s.name),
  );
  const at = (sheet: string, row: number, pred: (f: Finding) => boolean, col?: number) =>
    ordered.flatMap((f, i) => {
      if (f.sheet !== sheet || !pred(f)) return [];
      const pos = fromA1(f.cell);
      return pos && pos.row === row && (col === undefined || pos.col === col) ? [{ f, no: i + 1 }] : [];
    });
  for (const table of result.tables) {
    if (table.kind !== "driftsammandrag") continue;
    const devIndex = shownDeviationIndex(table);
    for (const row of table.rows) {
      if (row.kind !== "item" && row.kind !== "sum") continue;
      const printed = rowDeviation(table, row);
      if (printed === null) continue;
      const plans = at(table.sheet, row.row, isActionPlanFinding);
      // A flagged deviation cell is not repeated: the sentence uses the engine's expected figure, else the one computed from budget and outcome.
      const errors = devIndex >= 0 ? at(table.sheet, row.row, (f) => f.severity === "error", table.columns[devIndex].col) : [];
      const withExpected = errors.find((e) => e.f.expected !== undefined);
      const corrected = errors.length
        ? withExpected?.f.expected !== undefined
          ? favourable(table, row, withExpected.f.expected)
          : computedOnBasis(table, row)
        : null;
      const deviation = corrected ?? printed;
      const share = deviationShare(table, row, deviation);
      const planned = plans.length > 0;
      const notable =
        planned || Math.abs(convertAmount(deviation, table.unit, "mnkr")) >= NOTABLE_AMOUNT_MNKR || (share !== null && Math.abs(share) >= NOTABLE_SHARE);
      if (!notable) continue;
      const unit = unitName(table, row, language);
      const budget = rowBudget(table, row);
      const isResult = row.kind === "sum" && RESULT_ROW.test(row.label);
      // A mismatch smaller than the sentence's rounding (20 463 vs 20 464 tkr, both "20,5 mnkr") repeats no wrong figure: no remark.
      const visible = corrected !== null && formatAmount(corrected, table.unit, language) !== formatAmount(printed, table.unit, language);
      const fix =
        corrected !== null && visible
          ? correctionRemark(
              {
                printed,
                corrected,
                errorNo: (withExpected ?? errors[0]).no,
                planNo: planned ? plans[0].no : null,
              },
              table.unit,
              language,
            )
          : null;
      const actionPlan = fix ? fix.actionPlan : planned;
      const text =
        draftSentence(
          {
            unit,
            deviation,
            share,
            budget,
            actionPlan: fix ? false : planned,
            forecast: deviationIsForecast(table),
            result: isResult,
          },
          table.unit,
          language,
        ) + (fix?.remark ?? "");
      out.push({
        sheet: table.sheet,
        row: row.row,
        unit,
        deviation,
        share,
        actionPlan,
        ...(fix ? { printedDeviation: printed } : {}),
        text,
      });
    }
  }
  return out;
}

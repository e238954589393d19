import { ColumnRole } from "../model";

/**
 * The words financial tables use, compiled once: the reader runs them on every
 * label of a 20 000-row sheet.
 */

/** Lower-cases and folds the spaces people and PDFs put in headers (NBSP, line breaks). */
export function normalizeText(s: string): string {
  return s
    .replace(/[\s\u00A0\u202F\u2009]+/g, " ")
    .trim()
    .toLowerCase();
}

// Order matters: "Avvikelse prognos mot budget" is a deviation, "Budget netto" a budget,
// "Bokslut 2019 Utgifter" a cost column of an investment table.
const DEVIATION = /avvik|\bavv\b/;
/** "Diff", "Diff.", "Differens", "Diff mot budget": a deviation when it names what it compares with, else the numbers decide. */
const DIFF = /(^|[^a-zåäö])diff(\.|erens\b|\b)/;
/** What a "Diff …" header compares with, making it a budget deviation. */
const AGAINST = /budget|\bram\b|prognos/;
const FORECAST = /prognos/;
const BUDGET = /budget|\bram\b/;
const INCOME = /inkomst|intäkt/;
const COSTS = /utgift|(^|[^a-zåäö])(brutto)?kostnader?\b/;
const ACTUAL = /bokslut|utfall|nettokostnad|redovisat|\bresultat\b/;
const PREVIOUS = /föregående år|\bfg\.? år|föreg\.? år/;
/** A share, not an amount: "Avvikelse %", "Avvikelse i procent". */
const PERCENT = /%|\bprocent\b/;
/** A change on last year ("Förändring", "Avvikelse mot fg år"): neither a budget deviation nor an actual. */
const CHANGE = /förändring/;
/** The net of Intäkter and Kostnader, e.g. "Netto", "Netto 2023". */
const NET = /^netto\b/;
/** Budget for the whole year rather than the period so far. */
const FULL_YEAR = /helår|årsbudget|hela året/;
/** A period within the year: "jan–aug", "ack.", "t.o.m. aug", "perioden". */
const PART_YEAR = /\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)|\bt\.?o\.?m\b|\back|\bperiod|delår/;
const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/g;

export interface HeaderRole {
  role: ColumnRole;
  year?: number;
  /** For deviation headers that say what they compare with. */
  basisHint?: "actual" | "forecast";
  /** Words of an investment table (Utgifter/Inkomster). */
  investment: boolean;
  /** A percentage column (role `other`): not summed, not an amount. */
  percent?: boolean;
  /** A bare "Netto": the table's actual only when no other column is. */
  net?: boolean;
  /** A bare "Diff"/"Differens" (role `other`): a deviation when the numbers say so. */
  bareDiff?: boolean;
  /** For a budget column: whether it covers the whole year or a period of it; undefined when the header does not say. */
  period?: "full" | "part";
}

/** Classifies a column header; undefined when it names no role. */
export function classifyHeader(text: string): HeaderRole | undefined {
  const t = normalizeText(text);
  if (t === "") return undefined;
  const year = lastYear(t);
  const investment = /utgift|inkomst/.test(t);
  const base = { year, investment };
  if (PERCENT.test(t)) return { role: "other", ...base, percent: true };
  const diff = DIFF.test(t);
  if (CHANGE.test(t) || ((DEVIATION.test(t) || diff) && PREVIOUS.test(t))) return { role: "other", ...base };
  if (diff && !DEVIATION.test(t) && !AGAINST.test(t)) return { role: "other", ...base, bareDiff: true };
  if (DEVIATION.test(t) || diff) {
    const basisHint = FORECAST.test(t) ? "forecast" : /utfall|bokslut/.test(t) ? "actual" : undefined;
    return { role: "deviation", ...base, basisHint };
  }
  if (FORECAST.test(t)) return { role: "forecast", ...base };
  if (BUDGET.test(t)) return { role: "budget", ...base, period: budgetPeriod(t) };
  if (INCOME.test(t)) return { role: "income", ...base };
  if (COSTS.test(t)) return { role: "costs", ...base };
  if (PREVIOUS.test(t)) return { role: "previous", ...base };
  if (ACTUAL.test(t)) return { role: "actual", ...base };
  if (NET.test(t)) return { role: "actual", ...base, net: true };
  return undefined;
}

function budgetPeriod(t: string): "full" | "part" | undefined {
  if (PART_YEAR.test(t)) return "part";
  if (FULL_YEAR.test(t)) return "full";
  return undefined;
}

export function lastYear(t: string): number | undefined {
  let y: number | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(t); m; m = YEAR.exec(t)) y = Number(m[1]);
  return y;
}

/** Any word that can head a column of a financial table. */
export const ANY_ROLE = /avvik|\bavv\b|prognos|budget|inkomst|intäkt|utgift|kostnad|bokslut|utfall|redovisat/i;

/** Words that head the label column of a two-row header ("Verksamhet" under a blank). */
export const LABEL_HEADER = /^(verksamhet|enhet|område|nämnd|förvaltning|investering|projekt|belopp|tkr|mnkr|kr|netto|.*belopp.*|.*\btkr\b.*)$/i;

export const YEAR_TEXT = /^\s*(19|20)\d\d\s*$/;

/** Row labels. */
export const SUM_LABEL =
  /^(summa|s:a|totalt|total|totala)\b|\btotalt?$|nettokostnad(er)?\b|^verksamhetens nett|^årets resultat|^resultat\b|^verksamhetens resultat\b/i;
/** A result (Årets resultat, Resultat efter finansiella poster, Verksamhetens resultat): a surplus is positive, higher is better. */
export const RESULT_LABEL = /^(årets\s+resultat|resultat\b|verksamhetens\s+resultat\b)/i;
/** The gross lines of a resultaträkning: no nämnd's ram, so no åtgärdsplan. */
export const GROSS_LABEL =
  /^(verksamhetens\s+)?(kostnader|intäkter)\b|^avskrivningar\b|^finansiella\s+(kostnader|intäkter)\b|^skatteintäkter\b|^generella\s+statsbidrag\b|^jämförelsestörande\b|^extraordinära\b/i;
export const BREAKDOWN_COSTS = /^varav\s+(brutto)?(kostnader|utgifter)\b/i;
export const BREAKDOWN_INCOME = /^varav\s+(intäkter|inkomster)\b/i;
export const MEMO_LABEL = /^budgetram\b|enligt beslut i kf|^(ursprunglig|beslutad) budget\b|^kommunbidrag\b/i;
export const INCOME_LABEL =
  /^(varav\s+)?(intäkter|inkomster)\b|^(övriga\s+)?intäkter\b|^(verksamhetens|finansiella)\s+intäkter\b|^skatteintäkter\b|^generella\s+statsbidrag\b/i;
export const UNIT_LABEL = /^((alla\s+)?(belopp|netto|brutto)(\s+i)?\s+)?(tkr|mnkr|mkr|kr|tusentals kronor|tusen kronor|miljoner kronor)\.?$/i;
export const INVESTMENT_WORD = /investering/i;
export const FOOTNOTE_START = /^\*/;
/** Trailing footnote markers on labels: "Varav investeringsreserv *", "Säkerhet (20 mnkr)***". */
export const TRAILING_MARKS = /\s*\*+\s*$/;

/** Unit words in titles, unit rows and headers. */
export function unitFromText(text: string): "kr" | "tkr" | "mnkr" | undefined {
  const t = normalizeText(text);
  if (/\b(mnkr|mkr|miljoner kronor|milj\.? kr)\b/.test(t)) return "mnkr";
  if (/\b(tkr|tusen kronor|tusentals kronor)\b/.test(t)) return "tkr";
  if (/(^|\s)kr\b|\bkronor\b/.test(t)) return "kr";
  return undefined;
}

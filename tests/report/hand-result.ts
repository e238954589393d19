import type { CheckResult, FinancialRow, FinancialTable, GoalResult, IndicatorResult } from "../../src/domain";
import { KS2019_STABER } from "../../src/fixtures/ks2019-financial";

/**
 * A CheckResult written by hand from the Kommunstyrelsen 2019 driftsammandrag
 * (tkr) and three of its nämndmål, so the report tests do not depend on the
 * readers. Source sheet "Drift": A label, B Bokslut 2019, C Budget 2019,
 * D Avvikelse, E Bokslut 2018; header on row 3 (0-based 2).
 */
/** A row of a hand-made table; sums sit one level above their items. */
export function handRow(r: number, label: string, kind: FinancialRow["kind"], values: (number | null)[], extra: Partial<FinancialRow> = {}): FinancialRow {
  return { row: r, label, kind, isIncome: false, level: kind === "sum" ? 0 : 1, values, hidden: false, ...extra };
}

/** A small driftsammandrag on sheet "Drift": A label, B Bokslut 2023, C Budget 2023, D Avvikelse. */
export function simpleDriftTable(o: { title?: string; headerRow: number; rows: FinancialRow[] }): FinancialTable {
  return {
    sheet: "Drift",
    kind: "driftsammandrag",
    ...(o.title !== undefined ? { title: o.title } : {}),
    unit: "tkr",
    headerRows: [o.headerRow, o.headerRow],
    labelCol: 0,
    columns: [
      { col: 1, role: "actual", header: "Bokslut 2023" },
      { col: 2, role: "budget", header: "Budget 2023" },
      { col: 3, role: "deviation", header: "Avvikelse", deviationBasis: "actual" },
    ],
    sign: "budget-minus-actual",
    totalFirst: false,
    rows: o.rows,
  };
}

export function driftTable(): FinancialTable {
  const items = KS2019_STABER.map(([label, actual, budget], i) => handRow(4 + i, label, "item", [actual, budget, budget - actual, null]));
  return {
    sheet: "Drift",
    kind: "driftsammandrag",
    title: "Driftsammandrag, netto tkr",
    unit: "tkr",
    headerRows: [2, 2],
    labelCol: 0,
    columns: [
      { col: 1, role: "actual", header: "Bokslut 2019", year: 2019 },
      { col: 2, role: "budget", header: "Budget 2019", year: 2019 },
      { col: 3, role: "deviation", header: "Avvikelse", deviationBasis: "actual" },
      { col: 4, role: "previous", header: "Bokslut 2018", year: 2018 },
    ],
    sign: "budget-minus-actual",
    totalFirst: false,
    rows: [
      handRow(3, "Kommunledningsförvaltningen", "heading", [null, null, null, null]),
      ...items,
      handRow(12, "Kommunstyrelsen nettokostnader, tkr", "sum", [462113, 482576, 20463, 472810], { components: items.map((r) => r.row) }),
      handRow(13, "varav kostnader", "breakdown-costs", [585007, 562220, -22787, null], { breakdownOf: 12 }),
      handRow(14, "varav intäkter", "breakdown-income", [122895, 79644, 43251, null], { breakdownOf: 12, isIncome: true }),
      handRow(15, "Budgetram enligt beslut i KF", "memo", [null, 482576, null, null]),
      handRow(17, "Leanlink", "heading", [null, null, null, null]),
      handRow(18, "Verksamhetens nettokostnader", "sum", [25157, 0, -25157, 38996], { components: [] }),
      handRow(19, "Fotnot: 500 tkr i budgetkolumnen för LKDATA", "footnote", [null, null, null, null]),
    ],
  };
}

function ind(name: string, status: IndicatorResult["status"], values: [number, number | null, string][], target: number | null, trend: IndicatorResult["trend"], extra: Partial<IndicatorResult> = {}): IndicatorResult {
  const last = [...values].reverse().find((v) => v[1] !== null);
  return {
    name,
    group: "Totalt",
    year: last ? last[0] : null,
    value: last ? last[1] : null,
    target,
    direction: "higher",
    directionGuessed: false,
    status,
    cell: "E5",
    values: values.map(([year, value, raw]) => ({ year, value, raw })),
    trend,
    stale: false,
    ...extra,
  };
}

export function goals(): GoalResult[] {
  return [
    {
      goal: "Goda arbetsplatser",
      sheet: "Indikatorer",
      cell: "A5",
      malomrade: "Medarbetare",
      stated: "uppfyllt",
      statedCell: "F5",
      computed: "delvis",
      indicators: [
        ind("Andel heltidsanställningar", "ej-uppfyllt", [[2017, 96, "96"], [2018, 97.2, "97,2"], [2019, 96.9, "96,9"]], 97, "worse"),
        ind("Total sjukfrånvaro", "uppfyllt", [[2017, 2.5, "2,5"], [2018, 4.6, "4,6"], [2019, 2.3, "2,3"]], 3.5, "better", { direction: "lower" }),
      ],
    },
    {
      goal: "God tillgänglighet",
      sheet: "Indikatorer",
      cell: "A9",
      malomrade: "Verksamhet",
      stated: "delvis",
      computed: "delvis",
      indicators: [ind("Företagsklimat NKI", "ej-uppfyllt", [[2017, 75, "75"], [2018, 70, "70"], [2019, 74, "74 (prognos)"]], 77, "better")],
    },
    {
      goal: "God finansiell ställning",
      sheet: "Indikatorer",
      cell: "A12",
      malomrade: "Ekonomi",
      stated: "ej-bedomd",
      computed: "ej-bedomd",
      indicators: [ind("Pensionsmedel", "ej-bedomd", [[2017, null, "I.U."], [2018, 1723, "1 723"], [2019, null, "I.U."]], 1750, null)],
    },
  ];
}

export function handResult(): CheckResult {
  return {
    sheets: [
      { name: "Drift", kind: "driftsammandrag" },
      { name: "Indikatorer", kind: "indikatorer" },
    ],
    tables: [driftTable()],
    goals: goals(),
    reportYear: 2019,
    findings: [
      { rule: "status-conflict", severity: "warning", sheet: "Indikatorer", cell: "F5", message: "Angiven bedömning Uppfyllt men indikatorerna ger Delvis.", messageEn: "Stated met, indicators give partly met." },
      { rule: "sum-mismatch", severity: "error", sheet: "Drift", cell: "B13", message: "Summan 462 113 stämmer inte med raderna (462 114).", messageEn: "The sum 462 113 does not match the rows (462 114).", expected: 462114, actual: 462113 },
      { rule: "action-plan", severity: "info", sheet: "Drift", cell: "D10", message: "HR-staben: underskott över 1 % och 1 mnkr, åtgärdsplan krävs.", messageEn: "HR-staben: action plan required." },
      { rule: "action-plan", severity: "info", sheet: "Drift", cell: "D19", message: "Leanlink: underskott, åtgärdsplan krävs.", messageEn: "Leanlink: action plan required." },
      { rule: "deviation-mismatch", severity: "error", sheet: "Drift", cell: "D13", message: "Avvikelsen stämmer inte.", messageEn: "The deviation does not match." },
    ],
  };
}

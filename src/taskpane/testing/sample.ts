import { gridFromRows, sortFindings, type CheckResult, type Finding, type GoalResult, type Grid } from "../../domain";
import type { ReportSpec } from "../../report/spec";
import { REPORT_FONT, REPORT_STYLES } from "../../report/styles";
import type { PaneServices } from "../services";

/** Small hand-made grids: the pane only passes them through to the check it is given. */
export const sampleGrids: Grid[] = [
  gridFromRows("Drift", [["Driftsammandrag, netto tkr"], ["Verksamhet", "Bokslut 2019", "Budget 2019", "Avvikelse"], ["HR-staben", 49159, 44224, -4935]]),
  gridFromRows("Investeringar", [["Investeringar, tkr"], ["", "Utgifter", "Inkomster", "Budget netto", "Avvikelse"], ["Summa investeringar", 0, 0, 1600, 863]]),
  gridFromRows("Mål", [
    ["Nämndmål", "Status"],
    ["Goda arbetsplatser", "Uppnått"],
  ]),
  gridFromRows("Anteckningar", [["Fritext"]]),
];

export const sampleFindings: Finding[] = sortFindings(
  [
    {
      rule: "sum-mismatch",
      severity: "error",
      sheet: "Investeringar",
      cell: "B3",
      message: "Summan i B3 är 0 men raderna summerar till 737.",
      messageEn: "The sum in B3 is 0 but the rows add up to 737.",
      expected: 737,
      actual: 0,
      related: ["B2:B2"],
    },
    {
      rule: "deviation-mismatch",
      severity: "error",
      sheet: "Drift",
      cell: "D3",
      message: "Avvikelsen i D3 stämmer inte med budget − bokslut.",
      messageEn: "The deviation in D3 does not match budget − actual.",
    },
    {
      rule: "status-conflict",
      severity: "warning",
      sheet: "Mål",
      cell: "B2",
      message: "Målet anges som uppnått men indikatorerna visar delvis.",
      messageEn: "The goal is stated as achieved but the indicators show partly.",
      related: ["'Indikatorer'!C4"],
    },
    {
      rule: "rounding",
      severity: "info",
      sheet: "Drift",
      cell: "B3",
      message: "Avrundningsdifferens på 1 tkr i B3.",
      messageEn: "Rounding difference of 1 tkr in B3.",
    },
  ],
  ["Drift", "Investeringar", "Mål", "Anteckningar"],
);

export const sampleGoals: GoalResult[] = [
  {
    goal: "Goda arbetsplatser",
    sheet: "Mål",
    cell: "A2",
    stated: "uppfyllt",
    statedCell: "B2",
    computed: "delvis",
    indicators: [
      {
        name: "Andel heltidsanställningar",
        group: "Totalt",
        year: 2019,
        value: 96.9,
        target: 97,
        direction: "higher",
        directionGuessed: true,
        status: "ej-uppfyllt",
        cell: "C4",
        values: [
          { year: 2018, value: 96.5, raw: "96,5" },
          { year: 2019, value: 96.9, raw: "96,9" },
        ],
        trend: "better",
        stale: false,
      },
    ],
  },
  { goal: "Trygg kommun", sheet: "Mål", cell: "A3", stated: "uppfyllt", statedCell: "B3", computed: "uppfyllt", indicators: [] },
  { goal: "Effektiva inköp", sheet: "Mål", cell: "A4", stated: "delvis", statedCell: "B4", computed: "ej-uppfyllt", indicators: [] },
];

export function sampleResult(grids: readonly Grid[] = sampleGrids): CheckResult {
  const kinds = { Drift: "driftsammandrag", Investeringar: "investeringar", Mål: "mal" } as const;
  return {
    sheets: grids.map((g) =>
      g.name in kinds
        ? { name: g.name, kind: kinds[g.name as keyof typeof kinds] }
        : { name: g.name, kind: "unknown" as const, reason: "bladet har ingen rubrikrad med kända kolumner" },
    ),
    tables: [],
    goals: sampleGoals,
    findings: sampleFindings,
    reportYear: 2019,
  };
}

/** Services whose check returns the sample result, recording the config it got. */
export function sampleServices(overrides: Partial<PaneServices> = {}): PaneServices & { configs: unknown[] } {
  const configs: unknown[] = [];
  return {
    configs,
    check: (grids, config) => {
      configs.push(config);
      return sampleResult(grids);
    },
    buildReport: (result, options): ReportSpec => ({
      sheetName: options.language === "en" ? "Report" : "Rapport",
      language: options.language,
      columnWidths: [],
      blocks: [{ id: "heading", top: 0, rows: [[{ value: `${options.workbookName} ${options.date} ${result.findings.length}` }]] }],
      styles: REPORT_STYLES,
      font: REPORT_FONT,
    }),
    today: () => "2020-02-15",
    ...overrides,
  };
}

import { FileOutcome } from "./file-outcome";
import { Lang } from "./cli-args";

/**
 * The --json shape, documented in docs/cli.md. Built field by field so that
 * the output stays exactly the documented shape when the model grows.
 */
export interface JsonFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
  message: string;
  expected?: number;
  actual?: number;
}

export interface JsonIndicator {
  name: string;
  group: string;
  year: number | null;
  value: number | null;
  target: number | null;
  direction: "higher" | "lower";
  directionGuessed: boolean;
  status: string;
  cell: string;
  /** Additive fields (docs/goals.md): compared with the previous available value, direction-aware; null when not compared. */
  trend: "better" | "worse" | "unchanged" | null;
  /** The latest value is older than the report year. */
  stale: boolean;
  /** True when no direction could be told (Chefsomsättning): `direction` is then only a placeholder and the indicator is ej-bedomd. */
  directionUnknown: boolean;
  /** Unit of value and target after conversion (kr, tkr, mnkr, %, ha, dagar, st …). */
  unit?: string;
  /** Why it is ej-bedomd, or a remark (prognos, relative target): Swedish, English with --lang en. */
  note?: string;
}

export interface JsonGoal {
  goal: string;
  sheet: string;
  cell: string;
  stated: string | null;
  computed: string;
  indicators: JsonIndicator[];
  /** Additive fields (docs/goals.md). Indicators the computed status rests on (name, with the group when not Totalt). */
  decisive: string[];
  malomrade?: string;
  /** Where the stated status was read, as `'Sheet'!B4` when on another sheet than `sheet`. */
  statedCell?: string;
}

export type JsonFile = { file: string; sheets: { name: string; kind: string }[]; findings: JsonFinding[]; goals: JsonGoal[] } | { file: string; error: string };

export interface JsonOutput {
  files: JsonFile[];
}

/** Sums of mnkr decimals carry binary noise (18.400000000000034); no report shows more than a few decimals. */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function toJson(outcomes: readonly FileOutcome[], lang: Lang): JsonOutput {
  return {
    files: outcomes.map((o): JsonFile => {
      if ("error" in o) return { file: o.file, error: lang === "en" ? o.error.en : o.error.sv };
      const r = o.result;
      return {
        file: o.file,
        sheets: r.sheets.map((s) => ({ name: s.name, kind: s.kind })),
        findings: r.findings.map((f) => {
          const j: JsonFinding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: lang === "en" ? f.messageEn : f.message };
          if (f.expected !== undefined) j.expected = tidy(f.expected);
          if (f.actual !== undefined) j.actual = tidy(f.actual);
          return j;
        }),
        goals: r.goals.map((g) => {
          const goal: JsonGoal = {
            goal: g.goal,
            sheet: g.sheet,
            cell: g.cell,
            stated: g.stated,
            computed: g.computed,
            indicators: g.indicators.map((i) => {
              const ind: JsonIndicator = {
                name: i.name,
                group: i.group,
                year: i.year,
                value: i.value === null ? null : tidy(i.value),
                target: i.target === null ? null : tidy(i.target),
                direction: i.direction,
                directionGuessed: i.directionGuessed,
                status: i.status,
                cell: i.cell,
                trend: i.trend,
                stale: i.stale,
                directionUnknown: i.directionUnknown === true,
              };
              if (i.unit) ind.unit = i.unit;
              if (i.note) ind.note = lang === "en" ? (i.noteEn ?? i.note) : i.note;
              return ind;
            }),
            decisive: g.decisive ?? [],
          };
          if (g.malomrade) goal.malomrade = g.malomrade;
          if (g.statedCell) goal.statedCell = g.statedCell;
          return goal;
        }),
      };
    }),
  };
}

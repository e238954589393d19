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
}

export interface JsonGoal {
  goal: string;
  sheet: string;
  cell: string;
  stated: string | null;
  computed: string;
  indicators: JsonIndicator[];
}

export type JsonFile =
  | { file: string; sheets: { name: string; kind: string }[]; findings: JsonFinding[]; goals: JsonGoal[] }
  | { file: string; error: string };

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
        goals: r.goals.map((g) => ({
          goal: g.goal,
          sheet: g.sheet,
          cell: g.cell,
          stated: g.stated,
          computed: g.computed,
          indicators: g.indicators.map((i) => ({
            name: i.name,
            group: i.group,
            year: i.year,
            value: i.value,
            target: i.target,
            direction: i.direction,
            directionGuessed: i.directionGuessed,
            status: i.status,
            cell: i.cell,
          })),
        })),
      };
    }),
  };
}

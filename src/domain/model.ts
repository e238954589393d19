import { z } from "zod";
import { FindingSchema } from "./findings";

/**
 * The typed model the readers build from grids and the checks run on.
 * Schemas (zod) double as documentation and as the contract between the
 * readers, the checks, the report and the task pane.
 */

export const SheetKindSchema = z.enum(["driftsammandrag", "sammanfattning", "investeringar", "indikatorer", "mal", "unknown"]);
export type SheetKind = z.infer<typeof SheetKindSchema>;

export const UnitSchema = z.enum(["kr", "tkr", "mnkr"]);
export type Unit = z.infer<typeof UnitSchema>;

/**
 * What a column of a financial table means.
 * - actual: Bokslut, Utfall, Utfall jan–aug, Nettokostnad
 * - budget: Budget, Budget netto, Budgetram
 * - forecast: Prognos, Helårsprognos
 * - deviation: Avvikelse, Budgetavvikelse (see `deviationBasis`)
 * - previous: the previous year's actual (Bokslut 2018)
 * - costs / income: gross columns (Kostnader, Intäkter; Utgifter, Inkomster in an investment table)
 * - other: a numeric column the engine does not interpret
 */
export const ColumnRoleSchema = z.enum(["actual", "budget", "forecast", "deviation", "previous", "costs", "income", "other"]);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

export const FinancialColumnSchema = z.object({
  col: z.number().int().nonnegative(),
  role: ColumnRoleSchema,
  /** Header text as read (rows joined with a space), e.g. "Bokslut 2019". */
  header: z.string(),
  year: z.number().int().optional(),
  /** For a deviation column: whether it compares the actual or the forecast with the budget. */
  deviationBasis: z.enum(["actual", "forecast"]).optional(),
  /**
   * For a deviation column of a table with two budget columns (Budget jan–aug and Budget helår):
   * the 0-based grid column of the budget it compares with. Absent: the table's first budget column.
   */
  budgetCol: z.number().int().nonnegative().optional(),
  /** A percentage column ("Avvikelse %", or a percent number format): role `other`, not summed, not an amount. */
  percent: z.boolean().optional(),
});
export type FinancialColumn = z.infer<typeof FinancialColumnSchema>;

/**
 * Row kinds:
 * - item: a unit / verksamhet / investment line that is summed
 * - heading: a section heading (label, no numbers)
 * - sum: Summa…, Totalt…, …nettokostnader, Årets resultat; `components` lists what it sums
 * - breakdown-costs / breakdown-income: "varav kostnader" / "varav intäkter" under a net row
 * - memo: informational (Budgetram enligt beslut i KF), part of no sum
 * - footnote: text under the table
 * - unit-label: "Belopp tkr" and the like
 */
export const RowKindSchema = z.enum(["item", "heading", "sum", "breakdown-costs", "breakdown-income", "memo", "footnote", "unit-label"]);
export type RowKind = z.infer<typeof RowKindSchema>;

export const FinancialRowSchema = z.object({
  /** 0-based grid row. */
  row: z.number().int().nonnegative(),
  label: z.string(),
  kind: RowKindSchema,
  /** Income rows count deviation the other way round (actual − budget when costs are positive). */
  isIncome: z.boolean(),
  /** Nesting depth: 0 for the grand total, growing inward. */
  level: z.number().int().nonnegative(),
  /** For sum rows: the grid rows it adds up (items and lower-level sums). */
  components: z.array(z.number().int()).optional(),
  /** For breakdown rows: the grid row of the net row they break down. */
  breakdownOf: z.number().int().optional(),
  /** Values per column of the table, aligned with `FinancialTable.columns`; null = blank cell. */
  values: z.array(z.number().nullable()),
  /** Hidden in Excel (still counted in sums). */
  hidden: z.boolean(),
});
export type FinancialRow = z.infer<typeof FinancialRowSchema>;

export const FinancialTableSchema = z.object({
  sheet: z.string(),
  kind: z.enum(["driftsammandrag", "sammanfattning", "investeringar"]),
  /** Title found above the header, e.g. "Driftsammandrag, netto tkr". */
  title: z.string().optional(),
  unit: UnitSchema,
  /** 0-based first and last header rows. */
  headerRows: z.tuple([z.number().int(), z.number().int()]),
  labelCol: z.number().int().nonnegative(),
  columns: z.array(FinancialColumnSchema),
  /**
   * Which way the deviation is computed on cost and net rows (income and result rows use actual − budget):
   * - budget-minus-actual: deviation = budget − actual
   * - actual-minus-budget: deviation = actual − budget
   * Whether a positive deviation is a surplus depends on `costsNegative` too.
   */
  sign: z.enum(["budget-minus-actual", "actual-minus-budget"]),
  /**
   * Whether costs (and net costs) are negative numbers, income positive, so that a
   * higher amount is better on every row. `sign` says which way the deviation is
   * computed; this says which way is good: together they tell whether a positive
   * deviation is a surplus (see `deviationFavourableSign` in domain/financial/direction).
   * Set by the reader from the signs of the cost rows; absent when no row shows it.
   */
  costsNegative: z.boolean().optional(),
  /**
   * True when the rows could not show which way the deviation is computed or which sign
   * costs have (e.g. no row with budget, actual and deviation together): a negative
   * deviation is then taken as a deficit by assumption, and findings say so.
   */
  deviationDirectionAssumed: z.boolean().optional(),
  /** True when the grand total stands above its rows. */
  totalFirst: z.boolean(),
  rows: z.array(FinancialRowSchema),
});
export type FinancialTable = z.infer<typeof FinancialTableSchema>;

export const GoalStatusSchema = z.enum(["uppfyllt", "delvis", "ej-uppfyllt", "ej-bedomd"]);
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

export const DirectionSchema = z.enum(["higher", "lower"]);
export type Direction = z.infer<typeof DirectionSchema>;

/** One indicator (and group) judged against its target; the shape the CLI's --json prints. */
export const IndicatorResultSchema = z.object({
  name: z.string(),
  group: z.string(),
  /** Year the judgement rests on (latest year with a value), null when none. */
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  direction: DirectionSchema,
  directionGuessed: z.boolean(),
  status: GoalStatusSchema,
  /** The value cell the judgement rests on (or the row's first cell when there is none). */
  cell: z.string(),
  /** Values per year as read, for the report (null = no numeric value). */
  values: z.array(
    z.object({
      year: z.number().int(),
      value: z.number().nullable(),
      raw: z.string(),
      /** A1 address of the value cell on the indicator's sheet. */
      cell: z.string().optional(),
      /** Marked as a forecast, e.g. `74 (prognos)`. */
      preliminary: z.boolean().optional(),
      /** Footnote marker after the value, e.g. `*` in `19*`. */
      footnote: z.string().optional(),
    }),
  ),
  /** Compared with the previous available value, direction-aware. */
  trend: z.enum(["better", "worse", "unchanged"]).nullable(),
  /** Latest value older than the report year. */
  stale: z.boolean(),
  /** Why it is ej-bedomd, or a remark on the value (prognos, fotnot), Swedish. */
  note: z.string().optional(),
  /** `note` in English; set wherever `note` is. */
  noteEn: z.string().optional(),
  /** The indicator's own Bedömning, from a Bedömning cell on its row (flat tables); absent when none. */
  stated: GoalStatusSchema.optional(),
  /** That Bedömning as written. */
  statedRaw: z.string().optional(),
  /** A1 address of that Bedömning cell on the indicator's sheet. */
  statedCell: z.string().optional(),
  /** The Målvärde text as written, e.g. "Mindre än 70", "Max 900 kr.". */
  targetRaw: z.string().optional(),
  /** Comparison the target's words set: `<` "Mindre än", `<=` "Högst/Max", `>` "Större än", `>=` "Minst"; absent for a bare number. */
  targetOperator: z.enum(["<", "<=", ">", ">="]).optional(),
  /** A1 address of the Målvärde cell. */
  targetCell: z.string().optional(),
  /** Unit value and target are expressed in after conversion (kr, tkr, mnkr, %, ha). */
  unit: z.string().optional(),
  /** Where the direction came from: a Riktning column, the config, the target's words, the indicator's meaning, or the default. */
  directionSource: z.enum(["column", "config", "target", "meaning", "default"]).optional(),
  /** True when no direction could be told (e.g. Chefsomsättning): the indicator is then ej-bedomd. */
  directionUnknown: z.boolean().optional(),
});
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

export const GoalResultSchema = z.object({
  goal: z.string(),
  sheet: z.string(),
  cell: z.string(),
  malomrade: z.string().optional(),
  kommunovergripandeMal: z.string().optional(),
  stated: GoalStatusSchema.nullable(),
  /** Where the stated status was read, as `'Sheet'!B4` when on another sheet. */
  statedCell: z.string().optional(),
  computed: GoalStatusSchema,
  indicators: z.array(IndicatorResultSchema),
  /** Goal description written under the goal's name in the same cell. */
  description: z.string().optional(),
  /** The stated status text as written (empty when only a fill colour carries it). */
  statedRaw: z.string().optional(),
  /** Sheet of `statedCell` (the goals sheet, or the indicator sheet's Bedömning column). */
  statedSheet: z.string().optional(),
  /** Indicators (name, with group when not Totalt) that decide the computed status. */
  decisive: z.array(z.string()).optional(),
  /** Remark on the goal, Swedish (no indicators, stated status only, …). */
  note: z.string().optional(),
  /** `note` in English; set wherever `note` is. */
  noteEn: z.string().optional(),
  /** True for a goal found only on a goals sheet, with no indicator rows to match. */
  statedOnly: z.boolean().optional(),
});
export type GoalResult = z.infer<typeof GoalResultSchema>;

export const SheetInfoSchema = z.object({
  name: z.string(),
  kind: SheetKindSchema,
  /** For unknown sheets: why the layout was not recognised (Swedish). */
  reason: z.string().optional(),
});
export type SheetInfo = z.infer<typeof SheetInfoSchema>;

/** Everything one check of a workbook produces. */
export const CheckResultSchema = z.object({
  sheets: z.array(SheetInfoSchema),
  tables: z.array(FinancialTableSchema),
  goals: z.array(GoalResultSchema),
  findings: z.array(FindingSchema),
  /** The year the report is about (latest actual year found, or config). */
  reportYear: z.number().int().nullable(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

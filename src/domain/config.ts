import { z } from "zod";
import { en as zodEn, sv as zodSv } from "zod/locales";
import { ColumnRoleSchema, DirectionSchema, SheetKindSchema } from "./model";
import { SeveritySchema } from "./findings";

/**
 * User settings: the CLI reads them from `--config FILE` (JSON), the add-in
 * from the workbook's settings. Every field has a default, so `{}` is valid.
 */
export const SheetOverrideSchema = z.object({
  /** Force the sheet's kind ("unknown" = skip the sheet on purpose). */
  kind: SheetKindSchema.optional(),
  /** 1-based Excel row number of the (last) header row. */
  headerRow: z.number().int().positive().optional(),
  /** Column letter of the labels, e.g. "A". */
  labelColumn: z
    .string()
    .regex(/^[A-Za-z]{1,3}$/)
    .optional(),
  /** Column letter → role, e.g. { "B": "actual", "C": "budget" }. */
  columns: z.record(z.string().regex(/^[A-Za-z]{1,3}$/), ColumnRoleSchema).optional(),
  unit: z.enum(["kr", "tkr", "mnkr"]).optional(),
});
export type SheetOverride = z.infer<typeof SheetOverrideSchema>;

export const ConfigSchema = z.object({
  /** The year the report is about; default: the latest actual year found. */
  reportYear: z.number().int().min(1900).max(2200).optional(),
  rounding: z
    .object({
      /**
       * Allowed difference per summed row, in units of the last shown digit.
       * Each rounded value can be off by half a unit, so a sum of n rows may be off by n × 0.5.
       */
      perRow: z.number().nonnegative().default(0.5),
      /** Smallest tolerance whatever the number of rows (units of the last digit). */
      minimum: z.number().nonnegative().default(1),
    })
    .prefault({}),
  actionPlan: z
    .object({
      /** A deficit must exceed this share of the budget, in percent. */
      percent: z.number().nonnegative().default(1),
      /** …and this amount, in tkr. */
      amountTkr: z.number().nonnegative().default(1000),
    })
    .prefault({}),
  /** Per sheet name. */
  sheets: z.record(z.string(), SheetOverrideSchema).default({}),
  /** Indicator name (case-insensitive substring) → direction, overriding inference. */
  indicatorDirections: z.record(z.string(), DirectionSchema).default({}),
  /** Rule id → severity, or "off" to silence a rule. */
  rules: z.record(z.string(), z.union([SeveritySchema, z.literal("off")])).default({}),
});
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

/**
 * Parses user config; on failure returns Swedish and English messages naming
 * the field. Zod's own wording comes in the matching language (its sv locale),
 * so a Swedish message has no English inside it.
 */
export function parseConfig(input: unknown): { ok: true; config: Config } | { ok: false; errors: { path: string; sv: string; en: string }[] } {
  const r = ConfigSchema.safeParse(input ?? {}, { error: zodSv().localeError });
  if (r.success) return { ok: true, config: r.data };
  const en = ConfigSchema.safeParse(input ?? {}, { error: zodEn().localeError });
  const enIssues = en.success ? [] : en.error.issues;
  return {
    ok: false,
    errors: r.error.issues.map((i, k) => {
      const path = i.path.map(String).join(".") || "(rot)";
      const enMessage = enIssues[k]?.message ?? i.message;
      return { path, sv: `Ogiltig inställning ${path}: ${i.message}`, en: `Invalid setting ${path === "(rot)" ? "(root)" : path}: ${enMessage}` };
    }),
  };
}

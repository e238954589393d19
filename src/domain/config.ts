import { z } from "zod";
import { ColumnRoleSchema, DirectionSchema, SheetKindSchema } from "./model";
import { SeveritySchema } from "./findings";

/**
 * User settings: the CLI reads them from `--config FILE` (JSON), the add-in
 * from the workbook's settings. Every field has a default, so `{}` is valid.
 */
export const SheetOverrideSchema = z.strictObject({
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

// Strict objects: a misspelt key ("actionplan") is an error the user sees, not a setting silently ignored.
export const ConfigSchema = z.strictObject({
  /** The year the report is about; default: the latest actual year found. */
  reportYear: z.number().int().min(1900).max(2200).optional(),
  rounding: z
    .strictObject({
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
    .strictObject({
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

type Issue = z.core.$ZodIssue;

function listSv(values: readonly unknown[]): string {
  return values.map((v) => `”${String(v)}”`).join(", ");
}

function typeSv(t: string): string {
  return ({ number: "ett tal", string: "en text", object: "ett objekt", boolean: "sant eller falskt", array: "en lista" } as Record<string, string>)[t] ?? t;
}

/** Our own wording per zod issue code: zod's locales mix in type names ("förväntade number"). */
function describe(issue: Issue): { sv: string; en: string } {
  switch (issue.code) {
    case "invalid_type":
      // Every setting is optional, so a wrong type is a value of the wrong kind, never a missing one.
      return { sv: `ska vara ${typeSv(issue.expected)}`, en: `must be ${issue.expected === "number" ? "a number" : `a ${issue.expected}`}` };
    case "too_small":
      return issue.origin === "number"
        ? { sv: `ska vara minst ${String(issue.minimum)}${issue.inclusive ? "" : " (och större)"}`, en: `must be at least ${String(issue.minimum)}` }
        : { sv: "är för kort", en: "is too short" };
    case "too_big":
      return issue.origin === "number"
        ? { sv: `får vara högst ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` }
        : { sv: "är för lång", en: "is too long" };
    case "invalid_value":
      return { sv: `ska vara något av ${listSv(issue.values)}`, en: `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}` };
    case "invalid_format":
      return { sv: "har fel form (en kolumnbokstav som B eller AA väntas)", en: "has the wrong form (a column letter such as B or AA is expected)" };
    case "unrecognized_keys":
      return { sv: `okänd inställning ${listSv(issue.keys)}`, en: `unknown setting ${issue.keys.map((k) => `"${k}"`).join(", ")}` };
    case "invalid_key":
      return { sv: "har en ogiltig nyckel (en kolumnbokstav som B väntas)", en: "has an invalid key (a column letter such as B is expected)" };
    case "invalid_union":
      return { sv: "ska vara ”error”, ”warning”, ”info” eller ”off”", en: 'must be "error", "warning", "info" or "off"' };
    default:
      return { sv: "är ogiltig", en: "is invalid" };
  }
}

/**
 * Parses user config; on failure returns Swedish and English messages naming
 * the field, each wholly in its own language.
 */
export function parseConfig(input: unknown): { ok: true; config: Config } | { ok: false; errors: { path: string; sv: string; en: string }[] } {
  const r = ConfigSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, config: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => {
      const path = i.path.map(String).join(".");
      const d = describe(i);
      return {
        path: path || "(rot)",
        sv: `Ogiltig inställning ${path || "(rot)"}: ${d.sv}`,
        en: `Invalid setting ${path || "(root)"}: ${d.en}`,
      };
    }),
  };
}

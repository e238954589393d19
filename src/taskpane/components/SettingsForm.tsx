import { useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from "@fluentui/react-components";
import { SheetKindSchema, type Config, type Direction, type SheetKind, type SheetOverride } from "../../domain";
import { useLanguage, useT } from "../i18n";
import type { SaveOutcome } from "../state/settings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Choice<T extends string> = T | "auto";

interface Draft {
  perRow: string;
  minimum: string;
  percent: string;
  amountTkr: string;
  sheetKinds: Record<string, Choice<SheetKind>>;
  directions: Record<string, Choice<Direction>>;
}

function showNumber(n: number, language: "sv" | "en"): string {
  return language === "sv" ? String(n).replace(".", ",") : String(n);
}

/** Accepts what people type in Swedish Excel: "0,5", "1 000", "−1". */
export function parseDecimal(text: string): number {
  const s = text
    .trim()
    .replace(/[\s\u00A0\u202F]/g, "")
    .replace(/\u2212/g, "-")
    .replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

function draftFrom(config: Config, sheetNames: readonly string[], indicatorNames: readonly string[], language: "sv" | "en"): Draft {
  const sheetKinds: Draft["sheetKinds"] = {};
  for (const name of new Set([...sheetNames, ...Object.keys(config.sheets)])) sheetKinds[name] = config.sheets[name]?.kind ?? "auto";
  const directions: Draft["directions"] = {};
  for (const name of new Set([...indicatorNames, ...Object.keys(config.indicatorDirections)])) directions[name] = config.indicatorDirections[name] ?? "auto";
  return {
    perRow: showNumber(config.rounding.perRow, language),
    minimum: showNumber(config.rounding.minimum, language),
    percent: showNumber(config.actionPlan.percent, language),
    amountTkr: showNumber(config.actionPlan.amountTkr, language),
    sheetKinds,
    directions,
  };
}

export interface SettingsFormProps {
  config: Config;
  sheetNames: readonly string[];
  indicatorNames: readonly string[];
  onSave: (input: unknown) => Promise<SaveOutcome>;
  onReset: () => Promise<SaveOutcome>;
}

const KINDS = SheetKindSchema.options.filter((k): k is Exclude<SheetKind, "unknown"> => k !== "unknown");

export function SettingsForm({ config, sheetNames, indicatorNames, onSave, onReset }: SettingsFormProps) {
  const t = useT();
  const language = useLanguage();
  const s = useStyles();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(config, sheetNames, indicatorNames, language));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  // Keyed on the names' content: parents may pass fresh arrays on every render.
  const sheetKey = sheetNames.join("\u0000");
  const indicatorKey = indicatorNames.join("\u0000");
  useEffect(() => {
    setDraft(draftFrom(config, sheetNames, indicatorNames, language));
  }, [config, sheetKey, indicatorKey, language]);

  const numberFields = [
    { key: "perRow", label: t.roundingPerRow },
    { key: "minimum", label: t.roundingMinimum },
    { key: "percent", label: t.actionPlanPercent },
    { key: "amountTkr", label: t.actionPlanAmount },
  ] as const;

  const submit = async () => {
    setSaved(false);
    const problems: string[] = [];
    const n: Record<(typeof numberFields)[number]["key"], number> = { perRow: 0, minimum: 0, percent: 0, amountTkr: 0 };
    for (const f of numberFields) {
      const v = parseDecimal(draft[f.key]);
      if (Number.isNaN(v)) problems.push(t.notANumber(f.label));
      else if (v < 0) problems.push(t.negative(f.label));
      n[f.key] = v;
    }
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    // Keep what the form does not edit (header rows, column roles, rule severities, report year).
    const sheets: Record<string, SheetOverride> = { ...config.sheets };
    for (const [name, kind] of Object.entries(draft.sheetKinds)) {
      const { kind: _old, ...rest } = sheets[name] ?? {};
      const next: SheetOverride = kind === "auto" ? rest : { ...rest, kind };
      if (Object.keys(next).length === 0) delete sheets[name];
      else sheets[name] = next;
    }
    const indicatorDirections: Record<string, Direction> = {};
    for (const [name, dir] of Object.entries(draft.directions)) if (dir !== "auto") indicatorDirections[name] = dir;
    const outcome = await onSave({
      ...config,
      rounding: { perRow: n.perRow, minimum: n.minimum },
      actionPlan: { percent: n.percent, amountTkr: n.amountTkr },
      sheets,
      indicatorDirections,
    });
    if (outcome.ok) {
      setErrors([]);
      setSaved(true);
    } else setErrors(outcome.errors.map((e) => (language === "en" ? e.en : e.sv)));
  };

  const reset = async () => {
    setSaved(false);
    const outcome = await onReset();
    if (outcome.ok) {
      setErrors([]);
      setSaved(true);
    }
  };

  return (
    <form
      className={s.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className={s.hint}>{t.settingsIntro}</p>
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.invalidInput}</MessageBarTitle>
            <ul className={s.errors}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t.saved}</MessageBarBody>
        </MessageBar>
      )}
      {numberFields.map((f) => (
        <Field key={f.key} label={f.label}>
          <Input inputMode="decimal" value={draft[f.key]} onChange={(_, data) => setDraft((d) => ({ ...d, [f.key]: data.value }))} />
        </Field>
      ))}
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{t.sheetRoles}</legend>
        <p className={s.hint}>{t.sheetRolesHint}</p>
        {Object.entries(draft.sheetKinds).map(([name, kind]) => (
          <Field key={name} label={name}>
            <Select value={kind} onChange={(_, data) => setDraft((d) => ({ ...d, sheetKinds: { ...d.sheetKinds, [name]: data.value as Choice<SheetKind> } }))}>
              <option value="auto">{t.automatic}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.sheetKind[k]}
                </option>
              ))}
              <option value="unknown">{t.skipSheet}</option>
            </Select>
          </Field>
        ))}
      </fieldset>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{t.indicatorDirections}</legend>
        <p className={s.hint}>{Object.keys(draft.directions).length === 0 ? t.noIndicatorsYet : t.indicatorDirectionsHint}</p>
        {Object.entries(draft.directions).map(([name, dir]) => (
          <Field key={name} label={name}>
            <Select value={dir} onChange={(_, data) => setDraft((d) => ({ ...d, directions: { ...d.directions, [name]: data.value as Choice<Direction> } }))}>
              <option value="auto">{t.automatic}</option>
              <option value="higher">{t.direction.higher}</option>
              <option value="lower">{t.direction.lower}</option>
            </Select>
          </Field>
        ))}
      </fieldset>
      <div className={s.buttons}>
        <Button appearance="primary" type="submit">
          {t.save}
        </Button>
        <Button type="button" onClick={() => void reset()}>
          {t.reset}
        </Button>
      </div>
    </form>
  );
}

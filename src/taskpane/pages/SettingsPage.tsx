import { useMemo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult, Config, SheetInfo } from "../../domain";
import { SettingsForm } from "../components/SettingsForm";
import { useT } from "../i18n";
import type { SaveOutcome } from "../state/settings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface SettingsPageProps {
  config: Config;
  sheets: readonly SheetInfo[] | null;
  result: CheckResult | null;
  onSave: (input: unknown) => Promise<SaveOutcome>;
  onReset: () => Promise<SaveOutcome>;
}

export function SettingsPage({ config, sheets, result, onSave, onReset }: SettingsPageProps) {
  const t = useT();
  const s = useStyles();
  const sheetNames = useMemo(() => (sheets ?? []).map((x) => x.name), [sheets]);
  const indicatorNames = useMemo(() => [...new Set((result?.goals ?? []).flatMap((g) => g.indicators.map((i) => i.name)))], [result]);
  return (
    <section className={s.page} aria-labelledby="rk-settings">
      <h2 id="rk-settings" className={s.heading}>
        {t.settingsHeading}
      </h2>
      <SettingsForm config={config} sheetNames={sheetNames} indicatorNames={indicatorNames} onSave={onSave} onReset={onReset} />
    </section>
  );
}

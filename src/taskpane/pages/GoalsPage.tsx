import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../domain";
import { GoalList } from "../components/GoalList";
import { useT } from "../i18n";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function GoalsPage({ result }: { result: CheckResult | null }) {
  const t = useT();
  const s = useStyles();
  return (
    <section className={s.page} aria-labelledby="rk-goals">
      <h2 id="rk-goals" className={s.heading}>
        {t.goalsHeading}
      </h2>
      {result ? <GoalList goals={result.goals} findings={result.findings} /> : <p className={s.muted}>{t.goalsNotChecked}</p>}
    </section>
  );
}

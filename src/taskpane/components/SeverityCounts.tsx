import { makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, type Finding, type Severity } from "../../domain";
import { useT } from "../i18n";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", columnGap: tokens.spacingHorizontalS, margin: 0 },
  cell: {
    display: "flex",
    flexDirection: "column-reverse",
    alignItems: "center",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorderActive },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorNeutralStroke1 },
  label: { margin: 0, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function SeverityCounts({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const s = useStyles();
  const counts = countBySeverity(findings);
  return (
    <dl className={s.row} aria-label={t.countsLabel}>
      {SEVERITIES.map((sev) => (
        <div key={sev} className={`${s.cell} ${s[sev]}`} data-testid={`count-${sev}`}>
          <dt className={s.label}>{t.severityPlural[sev]}</dt>
          <dd className={s.value}>{counts[sev]}</dd>
        </div>
      ))}
    </dl>
  );
}

import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { GoalStatus, Severity } from "../../domain";
import { useT } from "../i18n";

/*
 * A plain pill rather than Fluent's Badge (which brings its own icon and
 * slot machinery): the word carries the meaning, the colour only helps.
 */

type Tone = "success" | "warning" | "danger" | "neutral" | "brand";

const useStyles = makeStyles({
  pill: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  neutral: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: `1px solid ${tokens.colorNeutralStroke2}` },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, border: `1px solid ${tokens.colorBrandStroke2}` },
});

export function Pill({ tone, children }: { tone: Tone; children: ReactNode }) {
  const s = useStyles();
  return <span className={`${s.pill} ${s[tone]}`}>{children}</span>;
}

const GOAL_TONE: Record<GoalStatus, Tone> = { uppfyllt: "success", delvis: "warning", "ej-uppfyllt": "danger", "ej-bedomd": "neutral" };

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = useT();
  return <Pill tone={GOAL_TONE[status]}>{t.goalStatus[status]}</Pill>;
}

const SEVERITY_TONE: Record<Severity, Tone> = { error: "danger", warning: "warning", info: "neutral" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return <Pill tone={SEVERITY_TONE[severity]}>{t.severityOne[severity]}</Pill>;
}

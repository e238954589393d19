import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatSv, type Finding, type GoalResult, type IndicatorResult } from "../../domain";
import { useLanguage, useT } from "../i18n";
import { goalAgreement } from "../state/goals";
import { GoalStatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  goal: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalS },
  name: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  statuses: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    alignItems: "center",
  },
  dt: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  dd: { margin: 0 },
  conflict: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorderActive}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  conflictTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  conflictText: { margin: `${tokens.spacingVerticalXXS} 0 0` },
  differs: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  indicators: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  indicator: { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, paddingTop: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  indicatorHead: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  indicatorName: { fontWeight: tokens.fontWeightSemibold },
  indicatorMeta: { color: tokens.colorNeutralForeground2 },
});

function formatNumber(value: number | null, language: "sv" | "en", none: string): string {
  if (value === null) return none;
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, (String(value).split(".")[1] ?? "").length);
  return language === "en" ? value.toLocaleString("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: decimals }) : formatSv(value, decimals);
}

/** A list, not a table: five columns do not fit a 320 px task pane. */
function IndicatorList({ indicators }: { indicators: readonly IndicatorResult[] }) {
  const t = useT();
  const language = useLanguage();
  const s = useStyles();
  const h = t.indicatorHeaders;
  return (
    <ul className={s.indicators} aria-label={h.name}>
      {indicators.map((ind, i) => (
        <li key={`${ind.name}-${ind.group}-${i}`} className={s.indicator} data-testid="indicator">
          <div className={s.indicatorHead}>
            <span className={s.indicatorName}>
              {ind.name}
              {ind.group && ind.group !== ind.name ? ` (${ind.group})` : ""}
            </span>
            <GoalStatusBadge status={ind.status} />
          </div>
          <div className={s.indicatorMeta}>
            {h.values}:{" "}
            {ind.values.length === 0
              ? t.noValue
              : ind.values.map((v) => `${v.year}: ${v.value === null ? v.raw || t.noValue : formatNumber(v.value, language, t.noValue)}`).join(" · ")}
          </div>
          <div className={s.indicatorMeta}>
            {h.target}: {formatNumber(ind.target, language, t.noValue)} · {t.direction[ind.direction]}
            {ind.directionGuessed ? ` (${t.guessed})` : ""}
          </div>
          {/* The engine writes notes in Swedish only. */}
          {ind.note && language === "sv" && <div className={s.indicatorMeta}>{ind.note}</div>}
        </li>
      ))}
    </ul>
  );
}

function GoalItem({ goal, findings }: { goal: GoalResult; findings: readonly Finding[] }) {
  const t = useT();
  const language = useLanguage();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const agreement = goalAgreement(goal, findings);
  const panelId = `goal-${goal.sheet}-${goal.cell}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <li className={s.goal} data-testid="goal">
      <h3 className={s.name}>{goal.goal}</h3>
      <dl className={s.statuses}>
        <dt className={s.dt}>{t.statedLabel}</dt>
        <dd className={s.dd}>{goal.stated ? <GoalStatusBadge status={goal.stated} /> : t.notStated}</dd>
        <dt className={s.dt}>{t.computedLabel}</dt>
        <dd className={s.dd}>
          <GoalStatusBadge status={goal.computed} />
        </dd>
      </dl>
      {agreement.kind === "conflict" && (
        <div className={s.conflict} role="note">
          <p className={s.conflictTitle}>⚠ {t.conflict}</p>
          {agreement.findings.map((f, i) => (
            <p key={i} className={s.conflictText}>
              {language === "en" ? f.messageEn : f.message}
            </p>
          ))}
        </div>
      )}
      {agreement.kind === "differs" && <p className={s.differs}>{t.differs}</p>}
      {goal.indicators.length > 0 && (
        <>
          <Button appearance="subtle" size="small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {open ? t.hideIndicators : t.showIndicators(goal.indicators.length)}
          </Button>
          {open && (
            <div id={panelId}>
              <IndicatorList indicators={goal.indicators} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

export function GoalList({ goals, findings }: { goals: readonly GoalResult[]; findings: readonly Finding[] }) {
  const t = useT();
  const s = useStyles();
  if (goals.length === 0) return <p>{t.noGoals}</p>;
  return (
    <ul className={s.list}>
      {goals.map((g, i) => (
        <GoalItem key={`${g.sheet}-${g.cell}-${i}`} goal={g} findings={findings} />
      ))}
    </ul>
  );
}

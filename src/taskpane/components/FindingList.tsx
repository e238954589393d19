import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain";
import { useLanguage, useT } from "../i18n";
import { groupBySheet } from "../state/findings-filter";
import { SeverityBadge } from "./StatusBadge";

const useStyles = makeStyles({
  group: { margin: 0, padding: 0, border: "none" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  rule: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { display: "block" },
});

/**
 * Each finding is a native button: focusable, and Enter/Space activate it
 * without extra key handling.
 */
export function FindingList(props: { findings: readonly Finding[]; onSelect: (finding: Finding) => void }) {
  const t = useT();
  const language = useLanguage();
  const s = useStyles();
  return (
    <div>
      {groupBySheet(props.findings).map((group) => (
        <section key={group.sheet} className={s.group} aria-label={group.sheet}>
          <h3 className={s.heading}>
            {group.sheet} ({group.findings.length})
          </h3>
          <ul className={s.list}>
            {group.findings.map((f, i) => (
              <li key={`${f.rule}-${f.cell}-${i}`}>
                <button type="button" className={s.item} onClick={() => props.onSelect(f)} title={t.findingHint} data-testid="finding">
                  <span className={s.meta}>
                    <SeverityBadge severity={f.severity} />
                    <span className={s.cell} aria-label={`${t.findingCellLabel} ${f.cell}`}>
                      {f.cell}
                    </span>
                    <span className={s.rule} aria-label={`${t.findingRuleLabel} ${f.rule}`}>
                      {f.rule}
                    </span>
                  </span>
                  <span className={s.message}>{language === "en" ? f.messageEn : f.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult, Finding, SheetInfo } from "../../domain";
import { FindingFilters } from "../components/FindingFilters";
import { FindingList } from "../components/FindingList";
import { SeverityCounts } from "../components/SeverityCounts";
import { SheetList } from "../components/SheetList";
import { useT } from "../i18n";
import { useFindingFilter } from "../state/findings-filter";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

const NO_FINDINGS: readonly Finding[] = [];

export interface CheckPageProps {
  sheets: readonly SheetInfo[] | null;
  result: CheckResult | null;
  busy: boolean;
  onCheck: () => void;
  onInsertReport: () => void;
  onSelect: (finding: Finding) => void;
  onMark: (findings: readonly Finding[]) => void;
  onClearMarks: () => void;
}

export function CheckPage(props: CheckPageProps) {
  const t = useT();
  const s = useStyles();
  const { filter, setFilter, visible, sheets: findingSheets } = useFindingFilter(props.result?.findings ?? NO_FINDINGS);
  const all = props.result?.findings ?? NO_FINDINGS;

  return (
    <div className={s.page}>
      <div className={s.buttons}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onCheck}>
          {t.check}
        </Button>
        <Button appearance="secondary" disabled={props.busy} onClick={props.onInsertReport}>
          {t.insertReport}
        </Button>
      </div>

      {props.result ? (
        <section className={s.section} aria-labelledby="rk-results">
          <h2 id="rk-results" className={s.heading}>
            {t.resultsHeading}
          </h2>
          <SeverityCounts findings={all} />
          {all.length === 0 ? (
            <p className={s.muted}>{t.noFindings}</p>
          ) : (
            <>
              <FindingFilters filter={filter} sheets={findingSheets} onChange={setFilter} />
              <div className={s.buttons}>
                <Button size="small" disabled={props.busy || visible.length === 0} onClick={() => props.onMark(visible)}>
                  {t.mark}
                </Button>
                <Button size="small" disabled={props.busy} onClick={props.onClearMarks}>
                  {t.clearMarks}
                </Button>
              </div>
              <p className={s.muted} aria-live="polite">
                {t.findingsCount(visible.length)}
              </p>
              {visible.length === 0 ? <p className={s.muted}>{t.noFindingsFiltered}</p> : <FindingList findings={visible} onSelect={props.onSelect} />}
            </>
          )}
        </section>
      ) : (
        <p className={s.muted}>{t.notCheckedYet}</p>
      )}

      {props.sheets && (
        <section className={s.section} aria-labelledby="rk-sheets">
          <h2 id="rk-sheets" className={s.heading}>
            {t.sheetsHeading}
          </h2>
          <SheetList sheets={props.sheets} />
        </section>
      )}
    </div>
  );
}

import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain";
import { useT } from "../i18n";
import type { FindingFilter } from "../state/findings-filter";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function FindingFilters(props: { filter: FindingFilter; sheets: readonly string[]; onChange: (filter: FindingFilter) => void }) {
  const t = useT();
  const s = useStyles();
  const { filter, sheets, onChange } = props;
  return (
    <div className={s.row}>
      <Field label={t.filterSeverity}>
        <Select value={filter.severity} onChange={(_, data) => onChange({ ...filter, severity: data.value === "all" ? "all" : (data.value as Severity) })}>
          <option value="all">{t.allSeverities}</option>
          {SEVERITIES.map((sev) => (
            <option key={sev} value={sev}>
              {t.severityPlural[sev]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterSheet}>
        <Select value={filter.sheet} onChange={(_, data) => onChange({ ...filter, sheet: data.value })}>
          <option value="all">{t.allSheets}</option>
          {sheets.map((sheet) => (
            <option key={sheet} value={sheet}>
              {sheet}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

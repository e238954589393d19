import { Field, ProgressBar } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { Busy } from "../state/workbook";

/** Determinate while sheets are read (the port reports them), indeterminate while the engine runs. */
export function BusyIndicator({ busy }: { busy: NonNullable<Busy> }) {
  const t = useT();
  const label =
    busy.kind === "reading" ? t.reading(busy.done, busy.total) : busy.kind === "checking" ? t.checking : busy.kind === "inserting" ? t.inserting : t.marking;
  const value = busy.kind === "reading" && busy.total > 0 ? busy.done / busy.total : undefined;
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={label} />
    </Field>
  );
}

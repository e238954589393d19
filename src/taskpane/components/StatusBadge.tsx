import { Badge } from "@fluentui/react-components";
import type { GoalStatus, Severity } from "../../domain";
import { useT } from "../i18n";

const GOAL_COLOR: Record<GoalStatus, "success" | "warning" | "danger" | "informative"> = {
  uppfyllt: "success",
  delvis: "warning",
  "ej-uppfyllt": "danger",
  "ej-bedomd": "informative",
};

/** Colour and word together: the word carries the meaning, the colour only helps. */
export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={GOAL_COLOR[status]} shape="rounded">
      {t.goalStatus[status]}
    </Badge>
  );
}

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <Badge appearance="tint" color={SEVERITY_COLOR[severity]} shape="rounded">
      {t.severityOne[severity]}
    </Badge>
  );
}

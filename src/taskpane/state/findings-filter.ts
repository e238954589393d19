import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../domain";

export interface FindingFilter {
  severity: Severity | "all";
  sheet: string | "all";
}

export const NO_FILTER: FindingFilter = { severity: "all", sheet: "all" };

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => (filter.severity === "all" || f.severity === filter.severity) && (filter.sheet === "all" || f.sheet === filter.sheet));
}

/** Groups in the order sheets first appear, so the engine's sort (errors first) decides the group order. */
export function groupBySheet(findings: readonly Finding[]): { sheet: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}

export function useFindingFilter(findings: readonly Finding[]) {
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const visible = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  return { filter, setFilter, visible, sheets };
}

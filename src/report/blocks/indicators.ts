import type { CheckResult, IndicatorResult } from "../../domain";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";
import type { SpecCell } from "../spec";
import { indicatorFormat } from "../indicator-format";
import { STATUS_NUMBER, STATUS_STYLE } from "../status";

export function indicatorYears(result: CheckResult): number[] {
  const years = new Set<number>();
  for (const g of result.goals) for (const i of g.indicators) for (const v of i.values) years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

function yearCell(ind: IndicatorResult, year: number): SpecCell | null {
  const v = ind.values.find((x) => x.year === year);
  if (!v) return null;
  const raw = v.raw.trim();
  if (v.value === null) return raw ? cell(raw, "number") : null;
  // The number goes in as a number; what was written beside it (prognos, a footnote star) becomes a note.
  const plain = /^[-−–]?[\d\s\u00A0.,]+$/.test(raw);
  return cell(v.value, "number", { numberFormat: indicatorFormat(ind, v.value), note: plain || !raw ? undefined : `”${raw}”` });
}

function targetCell(ind: IndicatorResult): SpecCell | null {
  if (ind.target === null) return ind.targetRaw ? cell(ind.targetRaw, "number") : null;
  const raw = ind.targetRaw?.trim();
  const plain = !raw || /^[\d\s\u00A0.,]+$/.test(raw);
  return cell(ind.target, "number", { numberFormat: indicatorFormat(ind, ind.target), note: plain ? undefined : `”${raw}”` });
}

/**
 * Nämndindikatorer as an Excel table (a flat list the controller can filter),
 * with a numeric status column that drives a traffic-light icon set and the
 * status word beside it.
 */
export function indicatorsBlock(result: CheckResult, L: ReportLabels): DraftBlock {
  const d = draft("indikatorer");
  const years = indicatorYears(result);
  const headers = [L.namndmal, L.indicator, L.group, ...years.map(String), L.target, L.statusIcon, L.statusWord, L.trend];
  const last = headers.length - 1;
  const statusCol = 3 + years.length + 1;
  addRow(d, [cell(L.indicatorsTitle, "blockTitle"), ...Array.from({ length: last }, () => cell(null, "blockTitle"))]);
  const headerRow = addRow(
    d,
    headers.map((h, i) => cell(h, i >= 3 && i < statusCol ? "headerRight" : "header")),
  );
  for (const g of result.goals) {
    for (const ind of g.indicators) {
      addRow(d, [
        cell(g.goal, "text", { styles: ["draft"] }),
        cell(ind.name, "text", { styles: ["draft"], note: L.language === "en" ? (ind.noteEn ?? ind.note) : ind.note }),
        cell(ind.group, "text"),
        ...years.map((y) => yearCell(ind, y)),
        targetCell(ind),
        cell(STATUS_NUMBER[ind.status], "number", { numberFormat: "0" }),
        cell(L.status[ind.status], STATUS_STYLE[ind.status]),
        // No arrow where the engine could not tell better from worse.
        cell(ind.directionUnknown ? L.directionUnknown : ind.trend ? L.trendWord[ind.trend] : "", "text"),
      ]);
    }
  }
  const bottom = Math.max(d.rows.length - 1, headerRow + 1);
  if (d.rows.length - 1 < headerRow + 1)
    addRow(
      d,
      headers.map(() => null),
    );
  d.table = { name: "Namndindikatorer", range: { top: headerRow, left: 0, bottom, right: last }, style: "TableStyleLight1" };
  d.conditionalFormats.push({
    kind: "iconSet",
    range: { top: headerRow + 1, left: statusCol, bottom, right: statusCol },
    iconSet: "3TrafficLights1",
    greenAtLeast: 1,
    yellowAtLeast: 0,
    showIconOnly: true,
  });
  return d;
}

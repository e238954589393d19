import type { Finding, Severity } from "../../domain";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import type { ReportLabels } from "../labels";
import type { StyleName } from "../spec";

const SEVERITY_STYLE: Record<Severity, StyleName> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

/**
 * Kontrollresultat as an Excel table, errors first. The number is what the
 * footnotes in the financial tables refer to; the cell links back into the
 * checked workbook. The message sits in column B, the sheet's wide text
 * column, and wraps (buildReport sets the row heights): in a 15-character
 * column at the end it was cut off in print, and a table cannot be merged wider.
 */
export function findingsBlock(findings: readonly Finding[], L: ReportLabels, language: "sv" | "en"): DraftBlock {
  const d = draft("kontrollresultat");
  addRow(d, [cell(L.findingsTitle, "blockTitle"), ...Array.from({ length: 5 }, () => cell(null, "blockTitle"))]);
  if (findings.length === 0) {
    addRow(d, [cell(L.noFindings, "text")]);
    return d;
  }
  const headerRow = addRow(
    d,
    [L.number, L.message, L.rule, L.severity, L.sheet, L.cell].map((h, i) => cell(h, i === 0 ? "headerRight" : "header")),
  );
  findings.forEach((f, i) => {
    addRow(d, [
      cell(i + 1, "number", { numberFormat: "0" }),
      cell(language === "en" ? f.messageEn : f.message, "text", { styles: ["draft"] }),
      cell(f.rule, "text"),
      cell(L.severityWord[f.severity], SEVERITY_STYLE[f.severity]),
      cell(f.sheet, "text"),
      cell(f.cell, "link", { link: { sheet: f.sheet, cell: f.cell } }),
    ]);
  });
  d.table = {
    name: "Kontrollresultat",
    range: { top: headerRow, left: 0, bottom: d.rows.length - 1, right: 5 },
    style: "TableStyleLight1",
  };
  return d;
}

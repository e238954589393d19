import type { FinancialRow, FinancialTable } from "../../domain";
import { addRow, cell, draft, type DraftBlock } from "../draft";
import { amountFormat, computedDeviation, deviationShare, isUnfavourable, PERCENT_FORMAT, reportColumns, type ReportColumn } from "../financial-view";
import type { Footnotes } from "../footnotes";
import type { ReportLabels } from "../labels";
import type { SpecCell, StyleName } from "../spec";

/** Labels take columns A:B (merged), amounts start at C. */
export const FIN_FIRST_VALUE_COL = 2;

function titleFor(table: FinancialTable, L: ReportLabels): string {
  const unit = table.unit;
  const own = table.title?.trim();
  if (own) return new RegExp(`\\b${unit}\\b`, "i").test(own) ? own : `${own}, ${unit}`;
  return L.financialTitle(table.kind, unit);
}

function headerOf(col: ReportColumn, L: ReportLabels): string {
  if (col.kind === "source") return col.role === "deviation" && !col.header.trim() ? L.deviation : col.header;
  return col.kind === "computedDeviation" ? L.deviation : L.deviationPct;
}

/**
 * One financial table as the verksamhetsberättelse prints it: section
 * headings, bold sum rows with a rule above, negative deviations red, the
 * printed figures as numbers with a number format, and the cells an error
 * points at filled and footnoted.
 */
export function financialBlock(table: FinancialTable, L: ReportLabels, notes: Footnotes, sheetTables: readonly FinancialTable[] = []): DraftBlock {
  const d = draft(table.kind === "investeringar" ? "investeringar" : "driftsammandrag");
  const cols = reportColumns(table);
  const fmt = amountFormat(table.unit);
  const rows = table.rows.filter((r) => r.kind !== "unit-label" && r.kind !== "footnote");
  const flagsOf = (r: FinancialRow, c: ReportColumn): number[] => (c.kind === "source" ? notes.at(table.sheet, r.row, table.columns[c.index].col) : []);
  // Errors in the label cell or in a column the report leaves out still mark the row, on its label.
  const shown = new Set(cols.flatMap((c) => (c.kind === "source" ? [table.columns[c.index].col] : [])));
  const labelFlags = (r: FinancialRow): number[] => {
    const out = notes.inRowExcept(table.sheet, r.row, shown);
    return [...new Set(out)].sort((a, b) => a - b);
  };
  const anyFlag = rows.some((r) => labelFlags(r).length > 0 || cols.some((c) => flagsOf(r, c).length > 0));
  const noteCol = FIN_FIRST_VALUE_COL + cols.length;
  const lastCol = anyFlag ? noteCol : noteCol - 1;

  addRow(d, [cell(titleFor(table, L), "blockTitle"), ...Array.from({ length: lastCol }, () => cell(null, "blockTitle"))]);
  addRow(d, [cell(L.sourceSheet(table.sheet), "note")]);
  const header: (SpecCell | null)[] = [cell(table.kind === "investeringar" ? L.investment : L.verksamhet, "header"), cell(null, "header")];
  for (const c of cols) header.push(cell(headerOf(c, L), "headerRight"));
  if (anyFlag) header.push(cell(L.footnoteHeader, "header"));
  const h = addRow(d, header);
  d.merges.push({ top: h, left: 0, bottom: h, right: 1 });

  for (const r of rows) {
    const isSum = r.kind === "sum";
    const labelStyle: StyleName = isSum ? "sumRow" : r.kind === "heading" ? "sectionHeading" : r.kind === "memo" ? "note" : "text";
    const numStyle: StyleName = isSum ? "sumRowNumber" : "number";
    const lf = labelFlags(r);
    const label = r.kind.startsWith("breakdown") ? `  ${r.label.trim()}` : r.label;
    const noteParts = [r.hidden ? L.hiddenRowNote : "", lf.length ? L.flaggedNote(lf) : ""].filter(Boolean);
    const out: (SpecCell | null)[] = [
      cell(label, labelStyle, {
        styles: [lf.length > 0 && "flagged"],
        note: noteParts.join(" ") || undefined,
      }),
      cell(null, labelStyle),
    ];
    const allFlags = [...lf];
    for (const c of cols) {
      if (r.kind === "heading") {
        out.push(null);
        continue;
      }
      let value: number | null;
      // Red marks a deviation worse than budget, whichever sign the table gives it.
      let worse = false;
      let format = fmt;
      if (c.kind === "source") {
        value = r.values[c.index] ?? null;
        worse = c.role === "deviation" && value !== null && isUnfavourable(table, r, value);
      } else if (c.kind === "computedDeviation") {
        value = computedDeviation(table, r);
        worse = value !== null && value < 0;
      } else {
        value = deviationShare(table, r);
        worse = value !== null && value < 0;
        format = PERCENT_FORMAT;
      }
      const flags = flagsOf(r, c);
      allFlags.push(...flags);
      // An error value or text where the amount belongs is printed as it stood, flagged, not left blank.
      const shown = value === null && c.kind === "source" ? notes.shownAt(table.sheet, r.row, table.columns[c.index].col) : undefined;
      if (shown !== undefined) {
        out.push(
          cell(shown, numStyle, {
            styles: ["flagged"],
            note: flags.length ? L.flaggedNote(flags) : undefined,
          }),
        );
        continue;
      }
      out.push(
        cell(value, numStyle, {
          numberFormat: format,
          styles: [worse && "negative", flags.length > 0 && "flagged"],
          note: flags.length ? L.flaggedNote(flags) : undefined,
        }),
      );
    }
    if (anyFlag) {
      const ns = [...new Set(allFlags)].sort((a, b) => a - b);
      out.push(ns.length ? cell(ns.join(", "), "footnoteRef", { styles: [isSum && "sumRow"] }) : isSum ? cell(null, "sumRow") : null);
    }
    const i = addRow(d, out);
    d.merges.push({ top: i, left: 0, bottom: i, right: 1 });
  }
  // A row the reader gave both to this table (footnote) and to the next (title) is the next table's.
  for (const f of table.rows.filter((r) => r.kind === "footnote" && !titlesAnotherTable(r, table, sheetTables))) addRow(d, [cell(f.label, "note")]);
  return d;
}

/**
 * Whether a footnote row of `table` is really the title (or header) of
 * another table further down the same sheet. The reader may hand the row to
 * both (under.xlsx: "Verksamhetsstöd, netto tkr" is the first table's
 * footnote and the second's title); printed under the first table it reads as
 * a remark on it, and the second table prints its own title anyway.
 */
export function titlesAnotherTable(row: FinancialRow, table: FinancialTable, sheetTables: readonly FinancialTable[]): boolean {
  const label = row.label.trim().toLowerCase();
  return sheetTables.some((u) => {
    if (u === table || u.sheet !== table.sheet) return false;
    const [headerTop, headerBottom] = u.headerRows;
    if (row.row >= headerTop && row.row <= headerBottom) return true;
    if (row.row > headerTop) return false;
    if (u.title?.trim().toLowerCase() === label) return true;
    // A table without a title of its own: the last text at most two rows above its header is that title.
    const nearest = Math.max(...table.rows.filter((r) => r.kind === "footnote" && r.row < headerTop).map((r) => r.row));
    return !u.title?.trim() && row.row === nearest && headerTop - row.row <= 2;
  });
}

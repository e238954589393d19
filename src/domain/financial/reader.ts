import { columnIndex } from "../a1";
import { Config, SheetOverride } from "../config";
import { Grid } from "../grid";
import { FinancialRow, FinancialTable } from "../model";
import { ReaderFinding, ReadOutcome, SheetReader } from "../reader";
import { blockEnd, findHeaderBlocks, HeaderBlock, headerBlockAt, roleWordCount } from "./header";
import { sheetViewOf } from "./sheet-view";
import { invalidFinding, readTable } from "./table";

/**
 * Recognises driftsammandrag, investment and summary tables without a fixed
 * template: header rows by their words, columns by role, rows by label, sums by
 * position and numbers. A sheet may hold several tables, each under its own header.
 */
export const financialReader: SheetReader = {
  name: "financial",
  read(grid: Grid, override: SheetOverride | undefined, config: Config): ReadOutcome {
    const view = sheetViewOf(grid);
    let blocks: HeaderBlock[];
    if (override?.headerRow !== undefined) {
      const last = override.headerRow - 1;
      if (last >= view.rows)
        return { recognized: false, score: 1, reason: `rubrikraden ${override.headerRow} som angetts i inställningarna ligger utanför bladet` };
      blocks = [headerBlockAt(view, last)];
      if (override.columns) {
        // Columns the user names count even when the header words are unknown.
        const named = new Set(Object.keys(override.columns).map((l) => columnIndex(l)));
        if (blocks[0].columns.length + named.size < 1) blocks = [];
      } else if (blocks[0].columns.length < 1) blocks = [];
    } else {
      blocks = findHeaderBlocks(view);
    }
    if (blocks.length === 0) {
      return {
        recognized: false,
        score: roleWordCount(view),
        reason: override?.headerRow
          ? `rubrikraden ${override.headerRow} har inga kolumnrubriker som Bokslut, Budget, Prognos eller Avvikelse`
          : "bladet har ingen rubrikrad med kolumner som Bokslut, Utfall, Budget, Prognos eller Avvikelse",
      };
    }

    const tables: FinancialTable[] = [];
    const findings: ReaderFinding[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const last = blockEnd(blocks, i, view.rows);
      const read = readTable(view, blocks[i], last, override, config);
      if (!read) continue;
      tables.push(read.table);
      if (read.invalid.length) {
        const ancestors = ancestorSums(read.table.rows);
        const byRow = new Map(read.table.rows.map((r) => [r.row, r]));
        for (const cell of read.invalid) findings.push(invalidFinding(grid.name, cell, coveringSums(read.table, byRow, ancestors, cell.row, cell.col)));
      }
    }
    if (tables.length === 0) {
      return {
        recognized: false,
        score: 2,
        reason: `rubrikraden på rad ${blocks[0].bottom + 1} ser ut som en ekonomitabell, men det finns inga belopp under den`,
      };
    }
    const largest = tables.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    return { recognized: true, kind: largest.kind, tables, findings };
  },
};

/** Grid row → the sum rows above it in the nesting, nearest first. */
function ancestorSums(rows: readonly FinancialRow[]): Map<number, number[]> {
  const parent = new Map<number, number>();
  for (const r of rows) for (const c of r.components ?? []) parent.set(c, r.row);
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const chain: number[] = [];
    for (let p = parent.get(r.row); p !== undefined; p = parent.get(p)) chain.push(p);
    if (chain.length) out.set(r.row, chain);
  }
  return out;
}

/** The sums whose check in this column the invalid cell would spoil. */
function coveringSums(table: FinancialTable, byRow: ReadonlyMap<number, FinancialRow>, ancestors: Map<number, number[]>, row: number, col: number): number[] {
  const j = table.columns.findIndex((c) => c.col === col);
  if (j < 0) return [];
  return (ancestors.get(row) ?? []).filter((s) => byRow.get(s)?.values[j] !== null);
}

import { fromA1, type Finding } from "../domain";

/**
 * Footnote numbers: a finding's number is its position (1-based) in the
 * Kontrollresultat block, so a flagged cell points at the row that explains it.
 * Only errors mark cells; warnings and notes are listed but leave the table alone.
 */
export class Footnotes {
  private readonly byCell = new Map<string, number[]>();

  constructor(readonly findings: readonly Finding[]) {
    findings.forEach((f, i) => {
      if (f.severity !== "error") return;
      const pos = fromA1(f.cell);
      if (!pos) return;
      const key = Footnotes.key(f.sheet, pos.row, pos.col);
      const list = this.byCell.get(key) ?? [];
      list.push(i + 1);
      this.byCell.set(key, list);
    });
  }

  private static key(sheet: string, row: number, col: number): string {
    return `${sheet}\u0000${row}\u0000${col}`;
  }

  /** Footnote numbers of the errors anywhere in a source row outside the given columns. */
  inRowExcept(sheet: string, row: number, shownCols: ReadonlySet<number>): number[] {
    const prefix = `${sheet}\u0000${row}\u0000`;
    const out: number[] = [];
    for (const [key, ns] of this.byCell) if (key.startsWith(prefix) && !shownCols.has(Number(key.slice(prefix.length)))) out.push(...ns);
    return out;
  }

  /** Footnote numbers of the errors found at a source cell (0-based), empty when none. */
  at(sheet: string, row: number, col: number): number[] {
    return [...(this.byCell.get(Footnotes.key(sheet, row, col)) ?? [])];
  }
}

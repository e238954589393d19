import { fromA1, type Finding } from "../domain";

/**
 * Footnote numbers: a finding's number is its position (1-based) in the
 * Kontrollresultat block, so a flagged cell points at the row that explains it.
 * Only errors mark cells; warnings and notes are listed but leave the table alone.
 */
export class Footnotes {
  private readonly byCell = new Map<string, number[]>();
  private readonly shownByCell = new Map<string, string>();

  constructor(readonly findings: readonly Finding[]) {
    findings.forEach((f, i) => {
      if (f.severity !== "error") return;
      const pos = fromA1(f.cell);
      if (!pos) return;
      const key = Footnotes.key(f.sheet, pos.row, pos.col);
      const shown = invalidShown(f);
      if (shown !== undefined) this.shownByCell.set(key, shown);
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

  /**
   * What an invalid-value cell showed ("#DIV/0!", or its text), so the report
   * prints it where the amount belongs instead of a blank; undefined otherwise.
   */
  shownAt(sheet: string, row: number, col: number): string | undefined {
    return this.shownByCell.get(Footnotes.key(sheet, row, col));
  }

  /** Footnote numbers of the errors found at a source cell (0-based), empty when none. */
  at(sheet: string, row: number, col: number): number[] {
    return [...(this.byCell.get(Footnotes.key(sheet, row, col)) ?? [])];
  }
}

/**
 * The shown value of an invalid-value finding. The finding carries it only in
 * its message ("… holds #DIV/0! where an amount belongs", "… holds the text
 * "n/a" where …"), so it is read back from the English one, which the reader
 * writes with fixed words.
 */
export function invalidShown(f: Finding): string | undefined {
  if (f.rule !== "invalid-value") return undefined;
  const m = /\bholds (?:the text "(.*)"|(#\S+)) where an amount belongs/.exec(f.messageEn);
  return m ? (m[1] ?? m[2]) : undefined;
}

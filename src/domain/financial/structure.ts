import { FinancialRow } from "../model";

/**
 * How the sum rows of a table nest. Works on an ordered list of rows (bottom-up
 * tables in reading order, total-first tables reversed) in one pass: each sum
 * takes the run of items just above it; a sum with no such run takes the open
 * sums above it (a grand total over sub-totals); a sum right after a section
 * heading with nothing between stands alone (a section's net row).
 * Where the layout leaves it open, the numbers choose between the candidates.
 */

/** How well a candidate list adds up to the sum: columns that match and columns that do not. */
export type SumMatcher = (sum: FinancialRow, candidate: readonly FinancialRow[]) => { match: number; miss: number };

export function assignComponents(ordered: readonly FinancialRow[], score: SumMatcher): void {
  const open: FinancialRow[] = [];
  /** Position in `open` after the last open sum: where the trailing run of items starts. */
  let tailStart = 0;
  /** Position in `open` where the items after the latest heading start. */
  let headingMark = 0;
  let headingSinceOpen = false;

  for (const row of ordered) {
    if (row.kind === "heading") {
      headingSinceOpen = true;
      headingMark = open.length;
      continue;
    }
    if (row.kind === "item") {
      open.push(row);
      headingSinceOpen = false;
      continue;
    }
    if (row.kind !== "sum") continue;

    let take: number;
    const tailLen = open.length - tailStart;
    if (tailLen === 0) {
      take = headingSinceOpen ? 0 : open.length;
    } else {
      const tail = open.slice(tailStart);
      const t = score(row, tail);
      take = tailLen;
      // Only a tail that does not add up makes the wider candidates worth computing (keeps it linear).
      if (t.miss > 0) {
        let best = t.match - t.miss;
        const sinceHeading = Math.max(headingMark, tailStart);
        if (sinceHeading > tailStart && sinceHeading < open.length) {
          const s = score(row, open.slice(sinceHeading));
          if (s.match - s.miss > best) {
            best = s.match - s.miss;
            take = open.length - sinceHeading;
          }
        }
        if (open.length > tailLen) {
          const s = score(row, open);
          if (s.match - s.miss > best) take = open.length;
        }
      }
    }
    const components = open.splice(open.length - take, take);
    row.components = components.map((c) => c.row).sort((a, b) => a - b);
    open.push(row);
    tailStart = open.length;
    headingMark = open.length;
    headingSinceOpen = false;
  }
}

/** Nesting depth from the components: 0 for rows no sum takes, growing inward. */
export function assignLevels(rows: FinancialRow[]): void {
  const parent = new Map<number, number>();
  for (const r of rows) for (const c of r.components ?? []) parent.set(c, r.row);
  // Parents come after their components (or before, total first): walk sums from the outermost in.
  const level = new Map<number, number>();
  const sums = rows.filter((r) => r.components?.length);
  const outerFirst = sums.slice().sort((a, b) => (parent.has(a.row) ? 1 : 0) - (parent.has(b.row) ? 1 : 0));
  const stack = outerFirst.filter((s) => !parent.has(s.row));
  for (const s of stack) level.set(s.row, 0);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  while (stack.length) {
    const s = stack.pop() as FinancialRow;
    const d = (level.get(s.row) ?? 0) + 1;
    for (const c of s.components ?? []) {
      level.set(c, d);
      const child = byRow.get(c);
      if (child?.components?.length) stack.push(child);
    }
  }
  for (const r of rows) r.level = level.get(r.row) ?? 0;
}

/** The leaf rows under a sum, expanding sub-totals (a sum with no components is a leaf). */
export function leavesOf(sum: FinancialRow, byRow: ReadonlyMap<number, FinancialRow>): FinancialRow[] {
  const out: FinancialRow[] = [];
  const walk = (r: FinancialRow) => {
    for (const c of r.components ?? []) {
      const child = byRow.get(c);
      if (!child) continue;
      if (child.kind === "sum" && (child.components?.length ?? 0) > 0) walk(child);
      else out.push(child);
    }
  };
  walk(sum);
  return out;
}

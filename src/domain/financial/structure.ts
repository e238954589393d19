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
  markVaravBreakdowns(ordered);
  const open: FinancialRow[] = [];
  /** Position in `open` after the last open sum: where the trailing run of items starts. */
  let tailStart = 0;
  /** Position in `open` where the items after the latest heading start. */
  let headingMark = 0;
  let headingSinceOpen = false;

  for (let i = 0; i < ordered.length; i++) {
    const row = ordered[i];
    if (row.kind === "heading") {
      headingSinceOpen = true;
      headingMark = open.length;
      continue;
    }
    if (row.kind === "item") {
      // A "Varav …" line that breaks down the line above is already inside that line's amount.
      if (row.breakdownOf !== undefined) continue;
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
    row.components = ascendingRows(components);
    open.push(row);
    tailStart = open.length;
    headingMark = open.length;
    headingSinceOpen = false;
  }
  adoptLeadingTotal(ordered, open);
}

/**
 * A grand total above its sections ("Totalt nämnden" first, then each section
 * with its own sum below it) took nothing in the pass: it sums what no other
 * sum took, the sections' sums and any loose items. Only when at least one
 * section sum follows, and the row is not a net row broken down by varav rows.
 */
function adoptLeadingTotal(ordered: readonly FinancialRow[], roots: readonly FinancialRow[]): void {
  let first: FinancialRow | undefined;
  let last: FinancialRow | undefined;
  for (let i = 0; i < ordered.length; i++) {
    const k = ordered[i].kind;
    if (k !== "item" && k !== "sum") continue;
    first ??= ordered[i];
    last = ordered[i];
  }
  // A reversed (total-first) list already gave its total the rows above it in the list.
  if (!first || !last || first.kind !== "sum" || first.row > last.row || (first.components?.length ?? 0) > 0) return;
  const rest = roots.filter((r) => r !== first);
  if (!rest.some((r) => r.kind === "sum" && (r.components?.length ?? 0) > 0)) return;
  const top = first.row;
  if (ordered.some((r) => r.breakdownOf === top)) return;
  first.components = ascendingRows(rest);
}

const VARAV = /^\s*varav\b/i;

/** Runs on every row of a 20 000-row sheet: most labels do not start with v, and need no regex. */
function isVarav(label: string): boolean {
  const c = label.charCodeAt(0);
  return (c === 86 || c === 118 || c <= 32) && VARAV.test(label);
}

/**
 * "Varav …" item lines (an investment table's "Varav beläggning") right under a
 * line, adding up to that line in every column with a value: they break it
 * down, so they get `breakdownOf` and no sum counts them again. Varav lines that
 * do not add up to the line above stay ordinary lines of the section sum.
 */
export function markVaravBreakdowns(ordered: readonly FinancialRow[]): void {
  const n = ordered.length;
  if (n === 0) return;
  const asc = ordered[0].row <= ordered[n - 1].row ? ordered : ordered.slice().reverse();
  for (let i = 0; i < asc.length; i++) {
    const parent = asc[i];
    if ((parent.kind !== "item" && parent.kind !== "sum") || isVarav(parent.label)) continue;
    let end = i + 1;
    while (end < asc.length && asc[end].kind === "item" && isVarav(asc[end].label)) end++;
    if (end === i + 1) continue;
    const parts = asc.slice(i + 1, end);
    if (addsUpTo(parent, parts)) for (const p of parts) p.breakdownOf = parent.row;
    i = end - 1;
  }
}

/** Every column where the line or its parts have a value adds up (blank is 0), and at least one does. */
function addsUpTo(parent: FinancialRow, parts: readonly FinancialRow[]): boolean {
  let columns = 0;
  for (let j = 0; j < parent.values.length; j++) {
    const v = parent.values[j];
    let total = 0;
    let any = v !== null;
    for (const p of parts) {
      const x = p.values[j];
      if (x === null) continue;
      total += x;
      any = true;
    }
    if (!any) continue;
    const want = v ?? 0;
    if (Math.abs(total - want) > 1e-9 * Math.max(1, Math.abs(want))) return false;
    if (want !== 0) columns++;
  }
  return columns > 0;
}

/** Grid rows of the components, ascending: already so in reading order, reversed in a total-first table. */
function ascendingRows(rows: readonly FinancialRow[]): number[] {
  const out: number[] = [];
  let ascending = true;
  let descending = true;
  for (let i = 0; i < rows.length; i++) {
    out.push(rows[i].row);
    if (i > 0) {
      if (out[i] < out[i - 1]) ascending = false;
      if (out[i] > out[i - 1]) descending = false;
    }
  }
  if (ascending) return out;
  if (descending) return out.reverse();
  return out.sort((a, b) => a - b);
}

/** Nesting depth from the components: 0 for rows no sum takes, growing inward. */
export function assignLevels(rows: FinancialRow[]): void {
  // Arrays indexed by grid row: this runs on every row of a 20 000-row sheet.
  let maxRow = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].row > maxRow) maxRow = rows[i].row;
  const parent = new Int32Array(maxRow + 1).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    const comps = rows[i].components;
    if (comps) for (let k = 0; k < comps.length; k++) parent[comps[k]] = rows[i].row;
  }
  // A varav line that breaks down a line sits one level under it.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === "item" && r.breakdownOf !== undefined && parent[r.row] < 0 && r.breakdownOf <= maxRow) parent[r.row] = r.breakdownOf;
  }
  const level = new Int32Array(maxRow + 1).fill(-1);
  const depth = (row: number): number => {
    let d = 0;
    let p = parent[row];
    // Walk up until a known level; parents are few levels deep.
    while (p >= 0) {
      if (level[p] >= 0) return level[p] + 1 + d;
      d++;
      p = parent[p];
    }
    return d;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const d = depth(r.row);
    level[r.row] = d;
    r.level = d;
  }
}

/** Rows by grid row; a `Map` will do, `RowIndex` is the cheap one. */
export interface RowLookup {
  get(row: number): FinancialRow | undefined;
}

/** Rows by grid row in an array from the table's first row: no hashing, one allocation for 20 000 rows. */
export class RowIndex implements RowLookup {
  private readonly first: number;
  private readonly at: (FinancialRow | undefined)[];

  constructor(rows: readonly FinancialRow[]) {
    let min = Infinity;
    let max = -1;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i].row;
      if (r < min) min = r;
      if (r > max) max = r;
    }
    this.first = max < 0 ? 0 : min;
    this.at = new Array<FinancialRow | undefined>(max < 0 ? 0 : max - min + 1);
    // A later row with the same number wins, as in a Map built from the list.
    for (let i = 0; i < rows.length; i++) this.at[rows[i].row - this.first] = rows[i];
  }

  get(row: number): FinancialRow | undefined {
    const i = row - this.first;
    return i >= 0 && i < this.at.length && Number.isInteger(i) ? this.at[i] : undefined;
  }
}

/** The leaf rows under a sum, expanding sub-totals (a sum with no components is a leaf). */
export function leavesOf(sum: FinancialRow, byRow: RowLookup): FinancialRow[] {
  const out: FinancialRow[] = [];
  const walk = (r: FinancialRow) => {
    const comps = r.components;
    if (!comps) return;
    for (let i = 0; i < comps.length; i++) {
      const child = byRow.get(comps[i]);
      if (!child) continue;
      if (child.kind === "sum" && (child.components?.length ?? 0) > 0) walk(child);
      else out.push(child);
    }
  };
  walk(sum);
  return out;
}

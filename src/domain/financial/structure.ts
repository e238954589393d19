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
  const undecided = markVaravBreakdowns(ordered);
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
    let components = open.splice(open.length - take, take);
    if (undecided.size > 0) components = dropPartialBreakdowns(row, components, undecided, score);
    row.components = ascendingRows(components);
    open.push(row);
    tailStart = open.length;
    headingMark = open.length;
    headingSinceOpen = false;
  }
  adoptLeadingTotal(ordered, open);
}

/**
 * Capitalised "Varav …" lines that are each a part of the line above (see
 * `markVaravBreakdowns`): the words leave open whether they break that line down
 * or are lines of the section themselves, so the sum decides. When it adds up
 * with them left out and not with them in, they are a breakdown.
 */
function dropPartialBreakdowns(sum: FinancialRow, components: FinancialRow[], undecided: ReadonlyMap<FinancialRow, number>, score: SumMatcher): FinancialRow[] {
  if (!components.some((c) => undecided.has(c))) return components;
  const without = components.filter((c) => !undecided.has(c));
  if (without.length === 0) return components;
  const out = score(sum, without);
  if (out.miss > 0 || out.match === 0 || score(sum, components).miss === 0) return components;
  for (const c of components) {
    const parent = undecided.get(c);
    if (parent !== undefined) c.breakdownOf = parent;
  }
  return without;
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
 * line with numbers that break it down get `breakdownOf`, so no sum counts them
 * again:
 * - lines that add up to that line in every column with a value;
 * - lower-case "varav …" lines that are each a part of it (no larger in any
 *   column): the words say breakdown.
 * Capitalised "Varav …" lines that are each a part of it are returned, with the
 * line they would break down, for the section sum to decide: seed reports also
 * write a section's own lines as "Varav kommunstyrelsen". Varav lines that add
 * up to the line above in some columns and not in others claim to be all of it
 * and are wrong: they stay lines of the sum, whose mismatch shows it.
 */
export function markVaravBreakdowns(ordered: readonly FinancialRow[]): Map<FinancialRow, number> {
  const undecided = new Map<FinancialRow, number>();
  const n = ordered.length;
  if (n === 0) return undecided;
  const asc = ordered[0].row <= ordered[n - 1].row ? ordered : ordered.slice().reverse();
  for (let i = 0; i < asc.length; i++) {
    const parent = asc[i];
    if ((parent.kind !== "item" && parent.kind !== "sum") || isVarav(parent.label)) continue;
    let end = i + 1;
    while (end < asc.length && asc[end].kind === "item" && isVarav(asc[end].label)) end++;
    if (end === i + 1) continue;
    const parts = asc.slice(i + 1, end);
    const fit = fitsUnder(parent, parts);
    if (fit === "whole" || (fit === "part" && parts.every((p) => LOWER_VARAV.test(p.label)))) for (const p of parts) p.breakdownOf = parent.row;
    else if (fit === "part") for (const p of parts) undecided.set(p, parent.row);
    i = end - 1;
  }
  return undecided;
}

const LOWER_VARAV = /^\s*varav\b/;
const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * "whole" when the parts add up to the line (`addsUpTo`); "part" when each part
 * is no larger than the line (by size) in most columns where the line has a
 * value (a part's deviation may outgrow the whole's, as others offset it) and
 * no such column adds up exactly; otherwise undefined.
 */
function fitsUnder(parent: FinancialRow, parts: readonly FinancialRow[]): "whole" | "part" | undefined {
  if (addsUpTo(parent, parts)) return "whole";
  let valued = 0;
  const larger = new Array<number>(parts.length).fill(0);
  for (let j = 0; j < parent.values.length; j++) {
    const v = parent.values[j] ?? 0;
    if (v === 0) continue;
    valued++;
    let total = 0;
    for (let k = 0; k < parts.length; k++) {
      const x = parts[k].values[j] ?? 0;
      if (Math.abs(x) > Math.abs(v) + 1e-9) larger[k]++;
      total += x;
    }
    if (parts.length > 1 && closeTo(total, v)) return undefined;
  }
  return valued > 0 && larger.every((n) => 2 * n < valued) ? "part" : undefined;
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
    if (!closeTo(total, want)) return false;
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

import { parseCellNumber } from "../numbers";
import { ANY_ROLE, classifyHeader, HeaderRole, LABEL_HEADER, YEAR_TEXT } from "./patterns";
import { SheetView } from "./sheet-view";

export interface HeaderColumn extends HeaderRole {
  col: number;
  header: string;
}

/** One header row or a stack of them (`Bokslut` over `2019`), 0-based and inclusive. */
export interface HeaderBlock {
  top: number;
  bottom: number;
  /** Every column with a header text, role or not. */
  texts: Map<number, string>;
  columns: HeaderColumn[];
  /** First and last column of the table, 0-based and inclusive, when the sheet holds tables side by side. */
  left?: number;
  right?: number;
}

interface RowStats {
  headerish: boolean;
  roleHits: number;
  /** Only years, e.g. the "2019" under a "Bokslut" of a two-row header. */
  yearOnly?: boolean;
}

const HAS_DIGIT = /\d/;

/** The verdict on most rows, shared rather than allocated per row; callers only read it. */
const DATA_ROW: Readonly<RowStats> = Object.freeze({ headerish: false, roleHits: 0 });

/** Longer texts are prose, not column headers. */
const MAX_HEADER_LEN = 60;

function isYearValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 2200;
  return typeof v === "string" && YEAR_TEXT.test(v);
}

/**
 * A header row has no amounts, at least two cells, and role words or years;
 * at most one other text (the label column's "Verksamhet", a "Kommentar").
 */
function rowStats(view: SheetView, r: number): Readonly<RowStats> {
  const cells = view.grid.cells[r];
  const width = cells?.length ?? 0;
  // Most rows are data rows: an amount anywhere settles it before any text is looked at.
  for (let c = 0; c < width; c++) {
    const v = cells?.[c]?.value;
    if (typeof v === "number" && !isYearValue(v)) return DATA_ROW;
  }
  let nonBlank = 0;
  let roleHits = 0;
  let yearHits = 0;
  let otherText = 0;
  // Without merges every column shows its own cell: nothing to count twice.
  const seen = view.hasMerges ? new Set<number>() : undefined;
  const limit = view.hasMerges ? view.cols : width;
  for (let c = 0; c < limit; c++) {
    if (seen) {
      const k = view.originKey(r, c);
      if (seen.has(k)) continue;
      seen.add(k);
    }
    const v = view.visible(r, c);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    nonBlank++;
    if (isYearValue(v)) {
      yearHits++;
      continue;
    }
    // An amount makes it a data row; stop early, this runs on every row.
    if (typeof v === "number") return DATA_ROW;
    if (typeof v !== "string") {
      otherText++;
      continue;
    }
    const t = v.trim();
    if (t.length <= MAX_HEADER_LEN && ANY_ROLE.test(t)) roleHits++;
    else if (HAS_DIGIT.test(t) && parseCellNumber(t).kind === "number") return DATA_ROW;
    else if (!(t.length <= MAX_HEADER_LEN && LABEL_HEADER.test(t))) otherText++;
  }
  return {
    yearOnly: nonBlank >= 1 && nonBlank === yearHits,
    headerish: nonBlank >= 2 && roleHits + yearHits >= 1 && otherText <= 1,
    roleHits,
  };
}

function buildBlock(view: SheetView, top: number, bottom: number, left = 0, right = view.cols - 1): HeaderBlock {
  const texts = new Map<number, string>();
  const columns: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = view.text(r, c);
      // A cell merged down two header rows shows the same text twice.
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const header = parts.join(" ");
    texts.set(c, header);
    const role = classifyHeader(header);
    if (role) columns.push({ col: c, header, ...role });
  }
  return { top, bottom, texts, columns };
}

/** Rows below a header looked at to tell a second table beside the first from a spacer column. */
const SIDE_PROBE_ROWS = 30;

/**
 * Splits a header row that heads two tables side by side (A–D and F–I with E
 * empty): at an empty column, empty in the rows below too, followed by a column
 * without a role that holds labels, with role columns on both sides. A spacer
 * column inside one table is followed by an amount column and stays.
 */
function splitSideBySide(view: SheetView, block: HeaderBlock): HeaderBlock[] {
  if (block.columns.length < 4) return [block];
  const roleCols = new Set(block.columns.map((c) => c.col));
  const end = Math.min(view.rows - 1, block.bottom + SIDE_PROBE_ROWS);
  const blankBelow = (c: number) => {
    for (let r = block.bottom + 1; r <= end; r++) if (view.text(r, c) !== "") return false;
    return true;
  };
  const labelsBelow = (c: number) => {
    for (let r = block.bottom + 1; r <= end; r++) {
      const v = view.grid.cells[r]?.[c]?.value;
      if (typeof v === "string" && v.trim() !== "" && parseCellNumber(v).kind === "text") return true;
    }
    return false;
  };
  const cuts: number[] = [];
  let left = 0;
  for (let c = 1; c < view.cols - 1; c++) {
    if (block.texts.has(c) || !blankBelow(c)) continue;
    let next = c + 1;
    while (next < view.cols && !block.texts.has(next) && blankBelow(next)) next++;
    if (next >= view.cols || roleCols.has(next) || !labelsBelow(next)) continue;
    const before = block.columns.some((x) => x.col >= left && x.col < c);
    const after = block.columns.some((x) => x.col > next);
    if (!before || !after) continue;
    cuts.push(c, next);
    left = next;
    c = next;
  }
  if (cuts.length === 0) return [block];
  const out: HeaderBlock[] = [];
  let from = 0;
  for (let i = 0; i <= cuts.length; i += 2) {
    const to = i < cuts.length ? cuts[i] - 1 : view.cols - 1;
    const b = buildBlock(view, block.top, block.bottom, from, to);
    if (b.columns.length >= 2) out.push({ ...b, left: from, right: to });
    from = cuts[i + 1];
  }
  return out.length > 1 ? out : [block];
}

/** The last row of block `i`'s table: the row before the next header below it that shares a column, else the sheet's last row. */
export function blockEnd(blocks: readonly HeaderBlock[], i: number, rows: number): number {
  const b = blocks[i];
  const overlaps = (o: HeaderBlock) => (o.left ?? 0) <= (b.right ?? Infinity) && (b.left ?? 0) <= (o.right ?? Infinity);
  for (let k = i + 1; k < blocks.length; k++) if (blocks[k].top > b.top && overlaps(blocks[k])) return blocks[k].top - 1;
  return rows - 1;
}

/** Every header block of the sheet, top to bottom (a sheet may hold several tables). */
export function findHeaderBlocks(view: SheetView): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let start = -1;
  let roles = 0;
  const close = (end: number) => {
    if (start >= 0 && roles > 0) {
      const b = buildBlock(view, start, end);
      if (b.columns.length >= 2) blocks.push(...splitSideBySide(view, b));
    }
    start = -1;
    roles = 0;
  };
  for (let r = 0; r < view.rows; r++) {
    const s = rowStats(view, r);
    if (s.headerish || (s.yearOnly && start >= 0)) {
      if (start < 0) start = r;
      roles += s.roleHits;
    } else close(r - 1);
  }
  close(view.rows - 1);
  return blocks;
}

/** The block ending at a row the user named; extends upward over header-like rows. */
export function headerBlockAt(view: SheetView, lastRow: number): HeaderBlock {
  let top = lastRow;
  while (top > 0 && top > lastRow - 3 && rowStats(view, top - 1).headerish) top--;
  return buildBlock(view, top, lastRow);
}

/** How many role words the sheet has at all, for the "not recognised" score. */
export function roleWordCount(view: SheetView, maxRows = 200): number {
  let n = 0;
  for (let r = 0; r < Math.min(view.rows, maxRows); r++) n += rowStats(view, r).roleHits;
  return n;
}

import type { IconSetRule, ReportBlock, SpecCell, SpecTable, StyleName } from "./spec";

/** A rectangle, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A block being built with row numbers relative to its own first row;
 * `place` moves it to its final row on the sheet, so block builders never
 * need to know what came before them.
 */
export interface DraftBlock {
  readonly id: ReportBlock["id"];
  readonly rows: (SpecCell | null)[][];
  readonly merges: Rect[];
  table?: SpecTable;
  readonly conditionalFormats: IconSetRule[];
  readonly rowHeights: (number | null)[];
}

export function draft(id: ReportBlock["id"]): DraftBlock {
  return { id, rows: [], merges: [], conditionalFormats: [], rowHeights: [] };
}

/** Adds a row; returns its relative index. */
export function addRow(d: DraftBlock, cells: (SpecCell | null)[], height?: number): number {
  d.rows.push(cells);
  if (height !== undefined) d.rowHeights[d.rows.length - 1] = height;
  return d.rows.length - 1;
}

const shift = (r: Rect, top: number): Rect => ({ top: r.top + top, left: r.left, bottom: r.bottom + top, right: r.right });

export function place(d: DraftBlock, top: number): ReportBlock {
  const heights = d.rows.map((_, i) => d.rowHeights[i] ?? null);
  return {
    id: d.id,
    top,
    rows: d.rows,
    ...(d.merges.length ? { merges: d.merges.map((m) => shift(m, top)) } : {}),
    ...(d.table ? { table: { ...d.table, range: shift(d.table.range, top) } } : {}),
    ...(d.conditionalFormats.length ? { conditionalFormats: d.conditionalFormats.map((c) => ({ ...c, range: shift(c.range, top) })) } : {}),
    ...(heights.some((h) => h !== null) ? { rowHeights: heights } : {}),
  };
}

/** A cell with a first style and optional overlays (falsy overlays are dropped). */
export function cell(
  value: SpecCell["value"],
  style: StyleName,
  extra: { styles?: (StyleName | false | undefined)[]; numberFormat?: string; link?: SpecCell["link"]; note?: string } = {},
): SpecCell {
  const styles = (extra.styles ?? []).filter((s): s is StyleName => Boolean(s));
  return {
    value,
    style,
    ...(styles.length ? { styles } : {}),
    ...(extra.numberFormat ? { numberFormat: extra.numberFormat } : {}),
    ...(extra.link ? { link: extra.link } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

import type { StyleDef, StyleName } from "./spec";

/**
 * The report's look, defined once. Both renderers (ExcelJS, Office.js) read
 * these, so a colour changes in one place.
 *
 * Status colours follow the green/yellow/red/grey scale Swedish municipalities
 * use for måluppfyllelse. Fills are light and text dark so that every pair
 * has a contrast ratio of at least 4.5:1 (WCAG AA); the status word is always
 * written too, so colour is never the only signal.
 */
export const REPORT_FONT = { name: "Arial", size: 10 } as const;

export const REPORT_COLORS = {
  text: "1F1F1F",
  muted: "595959",
  accent: "1F4E79",
  headerFill: "DDEBF7",
  rule: "7F7F7F",
  greenFill: "C6EFCE",
  greenText: "0B5D1E",
  yellowFill: "FFEB9C",
  yellowText: "6B4E00",
  redFill: "FFC7CE",
  redText: "8B0000",
  greyFill: "E7E6E6",
  greyText: "3A3A3A",
  // Darker than Excel's C00000 so a negative figure on the flagged fill still has 4.5:1.
  negative: "A00000",
  flaggedFill: "F8CBAD",
  link: "0563C1",
} as const;

const C = REPORT_COLORS;

export const REPORT_STYLES: Readonly<Record<StyleName, StyleDef>> = {
  title: { bold: true, size: 16, color: C.accent },
  subtitle: { size: 11, color: C.muted },
  summary: { bold: true, size: 11, color: C.text },
  blockTitle: { bold: true, size: 13, color: C.accent, borderBottom: "medium" },
  header: { bold: true, fill: C.headerFill, borderBottom: "thin", wrap: true, color: C.text },
  headerRight: { bold: true, fill: C.headerFill, borderBottom: "thin", wrap: true, align: "right", color: C.text },
  text: { color: C.text },
  number: { align: "right", color: C.text },
  sectionHeading: { bold: true, italic: true, color: C.accent },
  sumRow: { bold: true, borderTop: "thin", color: C.text },
  sumRowNumber: { bold: true, borderTop: "thin", align: "right", color: C.text },
  negative: { color: C.negative },
  flagged: { fill: C.flaggedFill, bold: true },
  footnoteRef: { color: C.negative, bold: true, align: "center" },
  statusGreen: { fill: C.greenFill, color: C.greenText },
  statusYellow: { fill: C.yellowFill, color: C.yellowText },
  statusRed: { fill: C.redFill, color: C.redText },
  statusGrey: { fill: C.greyFill, color: C.greyText },
  conflict: { bold: true, color: C.redText },
  severityError: { bold: true, fill: C.redFill, color: C.redText },
  severityWarning: { fill: C.yellowFill, color: C.yellowText },
  severityInfo: { fill: C.greyFill, color: C.greyText },
  link: { underline: true, color: C.link },
  note: { italic: true, color: C.muted },
  draft: { wrap: true, color: C.text },
};

/** Lays styles over each other in order, later ones winning field by field. */
export function mergeStyles(styles: Readonly<Record<StyleName, StyleDef>>, names: readonly StyleName[]): StyleDef {
  const out: { -readonly [K in keyof StyleDef]: StyleDef[K] } = {};
  for (const n of names) Object.assign(out, styles[n]);
  return out;
}

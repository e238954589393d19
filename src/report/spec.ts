/**
 * The declarative report: what the report sheet holds, with no Excel API in
 * it. `buildReport` (pure) makes one from a check result; renderers (ExcelJS
 * for the CLI, Office.js in the add-in) write it into a workbook.
 *
 * Coordinates are 0-based and absolute on the report sheet.
 */

/** Named styles; renderers map each to fonts, fills and borders (see `REPORT_STYLES`). */
export type StyleName =
  | "title"
  | "subtitle"
  | "summary"
  | "blockTitle"
  | "header"
  | "headerRight"
  | "text"
  | "number"
  | "sectionHeading"
  | "sumRow"
  | "sumRowNumber"
  | "negative"
  | "flagged"
  | "footnoteRef"
  | "statusGreen"
  | "statusYellow"
  | "statusRed"
  | "statusGrey"
  | "conflict"
  | "severityError"
  | "severityWarning"
  | "severityInfo"
  | "link"
  | "note"
  | "draft";

export interface StyleDef {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. Renderers keep the font name (REPORT_FONT) whatever the style. */
  readonly size?: number;
  /** RGB hex without '#'. */
  readonly color?: string;
  readonly fill?: string;
  readonly borderTop?: "thin" | "medium";
  readonly borderBottom?: "thin" | "medium";
  readonly align?: "left" | "center" | "right";
  readonly wrap?: boolean;
  readonly underline?: boolean;
}

export type SpecValue = string | number | boolean | null;

export interface SpecCell {
  readonly value: SpecValue;
  readonly style?: StyleName;
  /** Extra styles laid over the first, e.g. ["sumRowNumber", "negative"]. */
  readonly styles?: readonly StyleName[];
  /** Excel number format, e.g. "#,##0" or "#,##0.0" or "0.0%". */
  readonly numberFormat?: string;
  /** A link to a cell in the checked workbook. */
  readonly link?: { readonly sheet: string; readonly cell: string };
  /** A cell comment/note shown on hover. */
  readonly note?: string;
}

/** An icon-set conditional format over a numeric column (3 traffic lights). */
export interface IconSetRule {
  readonly kind: "iconSet";
  /** 0-based absolute range on the report sheet. */
  readonly range: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  readonly iconSet: "3TrafficLights1";
  /** Thresholds as numbers: value >= greenAtLeast → green, >= yellowAtLeast → yellow, else red. */
  readonly greenAtLeast: number;
  readonly yellowAtLeast: number;
  /** Show only the icon (the word sits in the next column). */
  readonly showIconOnly: boolean;
}

export interface SpecTable {
  /** Excel table name (unique in the workbook; renderers may add a suffix). */
  readonly name: string;
  /** 0-based absolute range including the header row. */
  readonly range: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  readonly style: string;
}

export interface ReportBlock {
  /** Several blocks may share an id (one "driftsammandrag" block per financial table); "investeringar" is an investment table. */
  readonly id: "heading" | "driftsammandrag" | "investeringar" | "maluppfyllelse" | "indikatorer" | "kontrollresultat" | "kommentarer";
  /** 0-based first row of the block on the report sheet. */
  readonly top: number;
  /** Rows of cells starting at (top, 0); a null entry is an empty cell. */
  readonly rows: ReadonlyArray<ReadonlyArray<SpecCell | null>>;
  readonly merges?: ReadonlyArray<{ readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }>;
  readonly table?: SpecTable;
  readonly conditionalFormats?: readonly IconSetRule[];
  /**
   * Row heights in points, index = row of the block; null or absent = leave the
   * row to the application. Set only where wrapped text sits in merged cells,
   * which neither Excel nor LibreOffice fits by themselves.
   */
  readonly rowHeights?: ReadonlyArray<number | null>;
}

export interface ReportSpec {
  /** Preferred sheet name; renderers pick another when a user's sheet has it. */
  readonly sheetName: string;
  readonly language: "sv" | "en";
  /** Column widths in characters, index = column. */
  readonly columnWidths: readonly number[];
  readonly blocks: readonly ReportBlock[];
  /** Styles used by the cells. */
  readonly styles: Readonly<Record<StyleName, StyleDef>>;
  /** Font for every cell (renderers keep it when making text bold). */
  readonly font: { readonly name: string; readonly size: number };
}

/**
 * The interface both renderers implement. Small on purpose: render one spec
 * into one sheet of the target workbook and say where it went.
 */
export interface ReportRenderer<TTarget> {
  render(spec: ReportSpec, target: TTarget): Promise<{ sheetName: string }>;
}

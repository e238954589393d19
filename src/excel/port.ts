import type { Finding, Grid } from "../domain";
import type { ReportSpec } from "../report/spec";

/**
 * What the task pane needs from the workbook. The Office.js adapter
 * implements it in Excel; tests and the browser demo use fakes. The pane
 * never touches Office.js directly.
 */
export interface WorkbookPort {
  /** Every worksheet as a grid (values, formulas, number formats, hidden rows, merges). */
  readGrids(onProgress?: (done: number, total: number) => void): Promise<Grid[]>;
  /** Activates the sheet and selects the given A1 ranges (first one active). */
  selectCells(sheet: string, addresses: readonly string[]): Promise<void>;
  /** Writes the report into the add-in's own sheet, replacing an earlier one. */
  insertReport(spec: ReportSpec): Promise<{ sheetName: string }>;
  /** Highlights the flagged cells without changing their own formatting. */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Removes every mark the add-in made. */
  clearMarks(): Promise<void>;
  /** Settings stored in the workbook, or undefined when none. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** The workbook's file name, for the report heading. */
  workbookName(): Promise<string>;
}

/** An adapter failure with a message for the user in both languages. */
export class PortError extends Error {
  constructor(
    readonly code: string,
    readonly messageSv: string,
    readonly messageEn: string,
  ) {
    super(messageSv);
    this.name = "PortError";
  }
}

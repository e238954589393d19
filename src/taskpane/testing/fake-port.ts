import type { Finding, Grid } from "../../domain";
import type { WorkbookPort } from "../../excel/port";
import type { ReportSpec } from "../../report/spec";

/**
 * An in-memory workbook for the pane's tests: it serves grids, keeps
 * settings, and records what the pane asked of it. `failWith` makes the
 * named method throw, to test error display.
 */
export class FakePort implements WorkbookPort {
  settings: unknown;
  readonly calls = {
    selectCells: [] as { sheet: string; addresses: string[] }[],
    insertReport: [] as ReportSpec[],
    markFindings: [] as Finding[][],
    clearMarks: 0,
    saveSettings: [] as unknown[],
    readGrids: 0,
  };
  failWith: Partial<Record<keyof WorkbookPort, unknown>> = {};

  constructor(
    public grids: Grid[],
    settings?: unknown,
    private readonly name = "Kommunstyrelsen 2019.xlsx",
  ) {
    this.settings = settings;
  }

  private fail(method: keyof WorkbookPort): void {
    if (this.failWith[method] !== undefined) throw this.failWith[method];
  }

  async readGrids(onProgress?: (done: number, total: number) => void): Promise<Grid[]> {
    this.fail("readGrids");
    this.calls.readGrids++;
    this.grids.forEach((_, i) => onProgress?.(i + 1, this.grids.length));
    return this.grids;
  }
  async selectCells(sheet: string, addresses: readonly string[]): Promise<void> {
    this.fail("selectCells");
    this.calls.selectCells.push({ sheet, addresses: [...addresses] });
  }
  async insertReport(spec: ReportSpec): Promise<{ sheetName: string }> {
    this.fail("insertReport");
    this.calls.insertReport.push(spec);
    return { sheetName: spec.sheetName };
  }
  async markFindings(findings: readonly Finding[]): Promise<void> {
    this.fail("markFindings");
    this.calls.markFindings.push([...findings]);
  }
  async clearMarks(): Promise<void> {
    this.fail("clearMarks");
    this.calls.clearMarks++;
  }
  async loadSettings(): Promise<unknown> {
    this.fail("loadSettings");
    return this.settings;
  }
  async saveSettings(settings: unknown): Promise<void> {
    this.fail("saveSettings");
    this.calls.saveSettings.push(settings);
    this.settings = settings;
  }
  async workbookName(): Promise<string> {
    this.fail("workbookName");
    return this.name;
  }
}

import type { Finding, Grid } from "../domain";
import type { ReportSpec } from "../report/spec";
import { notSupported, toPortError } from "./errors";
import { clearMarks, markFindings } from "./marks";
import { MIN_EXCEL_API, OPTIONAL_API, globalOfficeEnv, type OfficeEnv } from "./office-env";
import { OfficeReportRenderer } from "./office-report-renderer";
import { readGrids } from "./read-grids";
import type { WorkbookPort } from "./port";

/** Where the pane's settings live in the workbook (Workbook.settings, ExcelApi 1.4), so they travel with the file. */
export const SETTINGS_KEY = "rapportkoll.config";

/**
 * The WorkbookPort over Office.js. Every call is one `Excel.run`; any Office
 * error is mapped to a PortError with Swedish and English text, and the
 * writers check protection first so a refusal changes nothing.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  constructor(
    private readonly env: OfficeEnv = globalOfficeEnv(),
    private readonly options: { budgetBytes?: number } = {},
  ) {}

  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.env.supportsExcelApi(MIN_EXCEL_API)) throw notSupported();
    try {
      return await this.env.run(batch);
    } catch (e) {
      throw toPortError(e);
    }
  }

  readGrids(onProgress?: (done: number, total: number) => void): Promise<Grid[]> {
    return this.run((context) =>
      readGrids(context, {
        supportsExcelApi: (v) => this.env.supportsExcelApi(v),
        onProgress,
        budgetBytes: this.options.budgetBytes,
      }),
    );
  }

  selectCells(sheet: string, addresses: readonly string[]): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const local = addresses.map((a) => localOn(sheet, a)).filter((a): a is string => a !== undefined);
      ws.activate();
      if (local.length > 1 && this.env.supportsExcelApi(OPTIONAL_API.getRanges)) ws.getRanges(local.join(",")).select();
      else if (local.length > 0) ws.getRange(local[0]).select();
      await context.sync();
    });
  }

  insertReport(spec: ReportSpec): Promise<{ sheetName: string }> {
    return this.run((context) => new OfficeReportRenderer({ budgetBytes: this.options.budgetBytes }).render(spec, context));
  }

  markFindings(findings: readonly Finding[]): Promise<void> {
    return this.run((context) =>
      markFindings(context, findings, {
        budgetBytes: this.options.budgetBytes,
        multiArea: this.env.supportsExcelApi(OPTIONAL_API.getRanges),
      }),
    );
  }

  clearMarks(): Promise<void> {
    return this.run((context) => clearMarks(context, { budgetBytes: this.options.budgetBytes }));
  }

  loadSettings(): Promise<unknown> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
      item.load("value");
      await context.sync();
      return item.isNullObject ? undefined : item.value;
    });
  }

  saveSettings(settings: unknown): Promise<void> {
    return this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, settings);
      await context.sync();
    });
  }

  workbookName(): Promise<string> {
    return this.run(async (context) => {
      const wb = context.workbook;
      wb.load("name");
      await context.sync();
      return wb.name;
    });
  }
}

/** "B4" or "'Drift 2019'!B4" → the local address when it is on `sheet`, else undefined. */
function localOn(sheet: string, address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang === -1) return address.replace(/\$/g, "");
  const owner = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return owner.toLowerCase() === sheet.toLowerCase() ? address.slice(bang + 1).replace(/\$/g, "") : undefined;
}
